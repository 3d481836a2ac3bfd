import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { swedishError } from '../lib/client';
import type { CombinedError } from 'urql';

/** What a screen shows while its data loads, or when it could not be had. */
export function Loading({ what }: { what: string }) {
  return (
    <Paragraph className="loading">
      <Spinner aria-hidden data-size="sm" /> Hämtar {what}…
    </Paragraph>
  );
}

export function ErrorMessage({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  return (
    <Alert data-color="danger" role="alert">
      {swedishError(error)}
    </Alert>
  );
}
