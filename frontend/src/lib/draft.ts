// An import draft as the server gave it, corrected item by item on the review screen and made fit
// to send back: every change here returns a new draft, so what was typed survives a refused commit.

import type { DraftItemKind, DraftLinkAction } from '../gql/graphql';

/** A copy of `value` without any `__typename` field, at any depth. */
export function withoutTypenames<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutTypenames(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key !== '__typename') copy[key] = withoutTypenames(field);
    }
    return copy as T;
  }
  return value;
}

/** The fields of a draft item that the review screen reads and changes. */
export interface ReviewItem {
  id: string;
  kind: DraftItemKind;
  raisedBy?: string | null;
  addressedTo?: string | null;
  by?: string | null;
  to?: string | null;
  belongsTo?: string | null;
  answer?: unknown;
  due?: { label?: string | null; byDate?: string | null; nextMeeting: boolean } | null;
  link?: ReviewLink | null;
}

/** A link of an item to an earlier case, as the draft carries it. */
export interface ReviewLink {
  case: string;
  number: string;
  title: string;
  reason: string;
  score: number;
  action: DraftLinkAction;
  commitment?: number | null;
}

export interface ReviewDraft {
  items: ReviewItem[];
}

/** The items' own type of a draft: the server's draft item keeps all its fields through a change. */
type ItemOf<D extends ReviewDraft> = D['items'][number];

/** A party field of an item, with its label on the review screen. */
export type PartyField = 'raisedBy' | 'addressedTo' | 'by' | 'to';

/** The party fields an item of `kind` uses, each with its Swedish label. */
export function partyFields(kind: DraftItemKind): [PartyField, string][] {
  switch (kind) {
    case 'QUESTION':
      return [
        ['raisedBy', 'Frågan ställs av'],
        ['addressedTo', 'Frågan riktas till'],
      ];
    case 'COMMITMENT':
      return [
        ['by', 'Åtar sig'],
        ['to', 'Åtagandet gäller'],
      ];
    case 'STATEMENT':
      return [['by', 'Yttrande från']];
    default:
      return [];
  }
}

/** Whether an item of `kind` has a due date to review. */
export const hasDue = (kind: DraftItemKind) => kind === 'COMMITMENT';

function replaced<D extends ReviewDraft>(draft: D, index: number, change: (item: ItemOf<D>) => ItemOf<D>): D {
  return { ...draft, items: draft.items.map((item, at) => (at === index ? change(item) : item)) };
}

/**
 * The draft with item `index` of another kind. The parties move with it: who asked a question is
 * who is owed the promise, and who was asked is who promises (and back).
 */
export function setKind<D extends ReviewDraft>(draft: D, index: number, kind: DraftItemKind): D {
  return replaced(draft, index, (item) => {
    if (item.kind === kind) return item;
    const asker = item.kind === 'QUESTION' ? item.raisedBy : item.to;
    const owing = item.kind === 'QUESTION' ? item.addressedTo : item.by;
    const next: ItemOf<D> = { ...item, kind };
    if (kind === 'QUESTION') {
      next.raisedBy = asker ?? null;
      next.addressedTo = owing ?? null;
      next.by = null;
      next.to = null;
    } else if (kind === 'COMMITMENT' || kind === 'STATEMENT') {
      next.by = owing ?? null;
      next.to = kind === 'COMMITMENT' ? (asker ?? null) : null;
      next.raisedBy = null;
      next.addressedTo = null;
    }
    if (kind !== 'QUESTION') next.answer = null;
    return next;
  });
}

/** The draft with one party of item `index` set (empty: not given). */
export function setParty<D extends ReviewDraft>(draft: D, index: number, field: PartyField, party: string): D {
  return replaced(draft, index, (item) => ({ ...item, [field]: party.trim() === '' ? null : party }));
}

/** The draft with item `index` due on `isoDate` (`2025-03-31`; empty: no date, the label stays). */
export function setDueDate<D extends ReviewDraft>(draft: D, index: number, isoDate: string): D {
  return replaced(draft, index, (item) => {
    const label = item.due?.label ?? null;
    if (isoDate === '') {
      return { ...item, due: label || item.due?.nextMeeting ? { label, byDate: null, nextMeeting: item.due?.nextMeeting ?? false } : null };
    }
    return { ...item, due: { label, byDate: isoDate, nextMeeting: false } };
  });
}

/**
 * The draft without item `index`: nothing is recorded for it. Items that belonged to it (a
 * promise in its answer) stay, standing on their own.
 */
export function dropItem<D extends ReviewDraft>(draft: D, index: number): D {
  const dropped = draft.items[index];
  if (!dropped) return draft;
  return {
    ...draft,
    items: draft.items
      .filter((_, at) => at !== index)
      .map((item) => (item.belongsTo === dropped.id ? { ...item, belongsTo: null } : item)),
  };
}

/** An open case of the forum that an item may be linked to. */
export interface LinkableCase {
  id: string;
  number: string;
  title: string;
}

/**
 * The draft with item `index` linked to `target` (`null`: a new case, nytt ärende). A link the
 * reader proposed keeps its action when it stays on its case; one chosen by hand records that the
 * case came up again, or, for a question with an answer, that it was answered.
 */
export function setLink<D extends ReviewDraft>(draft: D, index: number, target: LinkableCase | null): D {
  return replaced(draft, index, (item) => {
    if (!target) return { ...item, link: null };
    if (item.link && item.link.case === target.id) return item;
    const link: ReviewLink = {
      case: target.id,
      number: target.number,
      title: target.title,
      reason: 'vald vid granskningen',
      score: 1,
      action: item.kind === 'QUESTION' && item.answer ? 'ANSWERED' : 'DISCUSSED',
      commitment: null,
    };
    return { ...item, link };
  });
}

/** What a GraphQL error says about where it belongs, as the import API marks it. */
interface ErrorLike {
  graphQLErrors?: readonly { extensions?: Record<string, unknown> }[];
}

/**
 * The id of the draft item a refused commit names (`extensions.item`), or of the item at
 * `extensions.itemIndex` / the path in `extensions.field` (`draft.items.2.due.byDate`) of the
 * draft that was sent; `null` when the error is about the draft as a whole.
 */
export function itemOfError(error: ErrorLike | undefined, sent: ReviewDraft): string | null {
  const extensions = error?.graphQLErrors?.[0]?.extensions;
  if (!extensions) return null;
  if (typeof extensions.item === 'string' && sent.items.some((item) => item.id === extensions.item)) return extensions.item;
  let index = typeof extensions.itemIndex === 'number' ? extensions.itemIndex : null;
  if (index === null && typeof extensions.field === 'string') {
    const match = /^draft\.items\.(\d+)\./.exec(extensions.field);
    if (match) index = Number(match[1]);
  }
  return index !== null ? (sent.items[index]?.id ?? null) : null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A reader of `text`'s slices by the byte offsets of its UTF-8 (the server's spans), encoding
 * it once. Offsets past the end are clamped.
 */
export function byteSlicer(text: string): (start: number, end: number) => string {
  const bytes = encoder.encode(text);
  return (start, end) => {
    const from = Math.max(0, Math.min(start, bytes.length));
    const to = Math.max(from, Math.min(end, bytes.length));
    return decoder.decode(bytes.subarray(from, to));
  };
}

/** `text` cut at the byte offsets `start` and `end`: the part before, the span, and the part after. */
export function splitAtBytes(text: string, start: number, end: number): [string, string, string] {
  const slice = byteSlicer(text);
  return [slice(0, start), slice(start, end), slice(Math.max(start, end), Number.MAX_SAFE_INTEGER)];
}

/** The element id of a protocol's section on its page: `p-4` for "§ 4". */
export const sectionAnchor = (section: string) => `p-${section.replace(/[^0-9A-Za-z.-]/g, '')}`;
