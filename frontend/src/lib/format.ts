// Dates, counts and waiting times as a Swedish reader writes them.

const longDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Stockholm',
});

/** `2025-01-14` → `14 januari 2025`; a bad or missing date → an empty string. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** An RFC 3339 instant in Swedish time: `14 jan. 2025 09:00`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** `13:00:00` → `13.00`, the Swedish way of writing a time of day. */
export function formatTime(time: string | null | undefined): string {
  if (!time) return '';
  const [h, m] = time.split(':');
  return `${h}.${m ?? '00'}`;
}

/** A count with its noun in the right number: `1 dag`, `3 dagar`. */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}

/** How long something has waited, in words: `i dag`, `1 dag`, `5 veckor`. */
export function waited(days: number): string {
  if (days <= 0) return 'i dag';
  if (days < 14) return count(days, 'dag', 'dagar');
  if (days < 120) return count(Math.round(days / 7), 'vecka', 'veckor');
  return count(Math.round(days / 30), 'månad', 'månader');
}
