import { highlightSegments } from '../lib/highlight';

/** `text` with the hits of `words` marked. */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlightSegments(text, words).map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
