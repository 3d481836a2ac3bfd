// The Ärenden screen's state in its URL: the `cases` filters, the sort and the page, so a
// search can be bookmarked and shared, and the same filters given to the exports.

import type { CaseFilter, CaseKind, CaseOrder, CaseSortField, CaseStatus } from '../gql/graphql';

export const PAGE_SIZE = 25;

const STATUSES: CaseStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];
const KINDS: CaseKind[] = ['QUESTION', 'COMMITMENT', 'BOARD_MATTER', 'STATEMENT', 'NEGOTIATION'];

/** The filter params, as named in the URL (and by the exports: forum, status, kind, party, q). */
export const FILTER_PARAMS = [
  'forum',
  'status',
  'kind',
  'party',
  'q',
  'raisedBy',
  'addressedTo',
  'balanslista',
  'forsenad',
  'mote',
] as const;

export type SortKey = 'number' | 'title' | 'kind' | 'status' | 'openedOn' | 'raisedBy';
export const SORT_KEYS: SortKey[] = ['number', 'title', 'kind', 'status', 'openedOn', 'raisedBy'];

export interface Sort {
  key: SortKey;
  descending: boolean;
}

function value(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name)?.trim();
  return raw ? raw : undefined;
}

function yesNo(params: URLSearchParams, name: string): boolean | undefined {
  const raw = value(params, name);
  return raw === 'ja' ? true : raw === 'nej' ? false : undefined;
}

/** The `cases` filter the URL asks for; values the API would refuse are left out. */
export function caseFilter(params: URLSearchParams): CaseFilter {
  const status = value(params, 'status') as CaseStatus | undefined;
  const kind = value(params, 'kind') as CaseKind | undefined;
  const filter: CaseFilter = {
    forumId: value(params, 'forum'),
    status: status && STATUSES.includes(status) ? status : undefined,
    kind: kind && KINDS.includes(kind) ? kind : undefined,
    owedBy: value(params, 'party'),
    text: value(params, 'q'),
    raisedBy: value(params, 'raisedBy'),
    addressedTo: value(params, 'addressedTo'),
    onBalanceList: yesNo(params, 'balanslista'),
    overdue: yesNo(params, 'forsenad'),
    meetingId: value(params, 'mote'),
  };
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined),
  ) as CaseFilter;
}

/** The sort the URL asks for (`sort=-openedOn` is newest first); none means by number. */
export function parseSort(params: URLSearchParams): Sort | null {
  const raw = value(params, 'sort');
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const key = (descending ? raw.slice(1) : raw) as SortKey;
  return SORT_KEYS.includes(key) ? { key, descending } : null;
}

const SORT_FIELDS: Record<SortKey, CaseSortField> = {
  number: 'NUMBER',
  title: 'TITLE',
  kind: 'KIND',
  status: 'STATUS',
  raisedBy: 'RAISED_BY',
  openedOn: 'OPENED_ON',
};

/** The `cases` query's `orderBy` for a sort: the server sorts every case the filter passes. */
export function caseOrder(sort: Sort | null): CaseOrder | undefined {
  return sort ? { by: SORT_FIELDS[sort.key], descending: sort.descending } : undefined;
}

/** The URL value of the sort a click on `key`'s column gives: ascending, then descending. */
export function nextSort(current: Sort | null, key: SortKey): string {
  if (current?.key === key && !current.descending) return `-${key}`;
  return key;
}

/** The page asked for, from 1. */
export function parsePage(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('sida') ?? '1', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/**
 * The `after` cursor for a page. The server's cursor of a case is its index in the filtered
 * list, so the page that starts at index i continues after cursor i - 1.
 */
export function afterCursor(page: number, pageSize = PAGE_SIZE): string | undefined {
  return page > 1 ? String((page - 1) * pageSize - 1) : undefined;
}

/** The export's URL for what the screen shows (the exports take the URL's filter names). */
export function exportHref(params: URLSearchParams, format: 'csv' | 'xlsx'): string {
  const kept = new URLSearchParams();
  for (const name of ['forum', 'status', 'kind', 'party', 'q', 'sort'] as const) {
    const v = value(params, name);
    if (v) kept.set(name, v);
  }
  const query = kept.toString();
  return `/export/cases.${format}${query ? `?${query}` : ''}`;
}
