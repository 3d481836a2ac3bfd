import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';

/** Sets the browser tab's title to the screen's name (and its subject), for history and screen readers. */
export function Titled({ title, children }: { title: string; children: ReactNode }) {
  const { id, forum } = useParams();
  const subject = id ?? forum;
  useEffect(() => {
    document.title = `${subject ? `${title} ${subject}` : title} – balans`;
  }, [title, subject]);
  return <>{children}</>;
}
