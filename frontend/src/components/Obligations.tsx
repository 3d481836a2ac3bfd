import { Link } from 'react-router';
import { Table, Tag } from '@digdir/designsystemet-react';
import { formatDate, waited } from '../lib/format';
import { caseHref } from '../lib/paths';

export interface ObligationRow {
  caseNumber: string;
  commitmentNumber?: number | null;
  kind: 'ANSWER' | 'COMMITMENT';
  what: string;
  party: string;
  to?: string | null;
  since: string;
  daysWaiting: number;
  dueDate?: string | null;
  dueLabel?: string | null;
  overdue: boolean;
  undated: boolean;
  case?: { title: string } | null;
}

/** Overdue first, then the longest waiting: what must be chased first comes first. */
export function byUrgency<T extends Pick<ObligationRow, 'overdue' | 'daysWaiting' | 'caseNumber'>>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.daysWaiting - a.daysWaiting || a.caseNumber.localeCompare(b.caseNumber, 'sv-SE', { numeric: true }),
  );
}

/** Whether a case's title says nothing the owed item does not (titles are often its first words). */
export function repeats(title: string, what: string): boolean {
  const head = title.replace(/…$/, '').trim().slice(0, 40).toLocaleLowerCase('sv-SE');
  return what.toLocaleLowerCase('sv-SE').includes(head);
}

function due(row: ObligationRow): string {
  if (row.dueDate) return formatDate(row.dueDate) + (row.dueLabel ? ` (${row.dueLabel})` : '');
  if (row.dueLabel) return row.dueLabel;
  return 'ingen tid sagd';
}

/** A list of what is owed: the case, what, who owes it to whom, since when, and by when. */
export function ObligationTable({
  rows,
  caption,
  counterpart,
}: {
  rows: ObligationRow[];
  caption: string;
  /** Which party column to show: who owes (`party`) or to whom (`to`). */
  counterpart: 'party' | 'to' | 'both';
}) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra className="obligations stack-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Ärende</Table.HeaderCell>
            <Table.HeaderCell>Vad</Table.HeaderCell>
            {counterpart !== 'to' && <Table.HeaderCell>Skyldig</Table.HeaderCell>}
            {counterpart !== 'party' && <Table.HeaderCell>Till</Table.HeaderCell>}
            <Table.HeaderCell>Väntat</Table.HeaderCell>
            <Table.HeaderCell>Senast</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={`${row.caseNumber}-${row.kind}-${row.commitmentNumber ?? ''}-${row.party}`}>
              <Table.Cell data-label="Ärende">
                <Link to={caseHref(row.caseNumber)}>{row.caseNumber}</Link>
                {row.case?.title && !repeats(row.case.title, row.what) && <div className="muted">{row.case.title}</div>}
              </Table.Cell>
              <Table.Cell data-label="Vad">
                <span className="kind">{row.kind === 'ANSWER' ? 'Svar' : 'Åtagande'}:</span> {row.what}
              </Table.Cell>
              {counterpart !== 'to' && <Table.Cell data-label="Skyldig">{row.party}</Table.Cell>}
              {counterpart !== 'party' && <Table.Cell data-label="Till">{row.to ?? '–'}</Table.Cell>}
              <Table.Cell data-label="Väntat" className="nowrap">
                {waited(row.daysWaiting)}
                <div className="muted">sedan {formatDate(row.since)}</div>
              </Table.Cell>
              <Table.Cell data-label="Senast">
                {row.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    Försenad
                  </Tag>
                )}{' '}
                {due(row)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
