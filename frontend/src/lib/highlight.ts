// Free-text hits to highlight: the same words the server matched (every word of the query,
// letter case ignored, å, ä and ö included).

/** The query's words, lowercased, longest first so a longer hit wins over its prefix. */
export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  const words = query
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

export interface Segment {
  text: string;
  hit: boolean;
}

/** `text` cut into runs that are and are not hits of `words`. */
export function highlightSegments(text: string, words: string[]): Segment[] {
  if (words.length === 0 || text.length === 0) return [{ text, hit: false }];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/** About `width` characters of `text` around its first hit, with ellipses where cut. */
export function snippet(text: string, words: string[], width = 160): string {
  if (text.length <= width) return text;
  const lower = text.toLocaleLowerCase('sv-SE');
  const first = words
    .map((word) => lower.indexOf(word))
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)[0];
  const start = Math.max(0, (first ?? 0) - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
