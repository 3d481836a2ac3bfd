import { useQuery } from 'urql';
import { Link, useSearchParams } from 'react-router';
import { Button, Field, Heading, Label, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import {
  afterCursor,
  caseFilter,
  caseOrder,
  exportHref,
  nextSort,
  PAGE_SIZE,
  parsePage,
  parseSort,
  type SortKey,
} from '../lib/caseQuery';
import { formatDate } from '../lib/format';
import { searchWords, snippet } from '../lib/highlight';
import { capitalized, useLabels } from '../lib/labels';
import { caseHref } from '../lib/paths';
import { Highlight } from '../components/Highlight';
import { ErrorMessage, Loading } from '../components/Status';

const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          number
          title
          text
          kind
          status
          openedOn
          raisedBy
          addressedTo
          onBalanceList
          forum {
            code
          }
          obligations {
            party
            overdue
          }
        }
      }
    }
  }
`);

const ForumsQuery = graphql(`
  query CaseForums {
    forums {
      id
      code
      name
      unions
    }
  }
`);

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'number', label: 'Ärende' },
  { key: 'title', label: 'Rubrik' },
  { key: 'kind', label: 'Typ' },
  { key: 'status', label: 'Status' },
  { key: 'raisedBy', label: 'Från' },
  { key: 'openedOn', label: 'Öppnat' },
];

export function Cases() {
  const [params, setParams] = useSearchParams();
  const label = useLabels();
  const filter = caseFilter(params);
  const sort = parseSort(params);
  const page = parsePage(params);
  const words = searchWords(filter.text);

  // The server sorts every case the filter passes and pages the sorted list.
  const [{ data, fetching, error }] = useQuery({
    query: CasesQuery,
    variables: { filter, first: PAGE_SIZE, after: afterCursor(page), orderBy: caseOrder(sort) },
  });
  const [{ data: forums }] = useQuery({ query: ForumsQuery });
  const [text, setText] = useState(params.get('q') ?? '');
  // The field follows the URL when it changes by other means (back, a shared link, Rensa).
  const urlText = params.get('q') ?? '';
  useEffect(() => setText(urlText), [urlText]);
  const extraCount = ['kind', 'party', 'raisedBy', 'balanslista', 'forsenad'].filter((name) => params.get(name)).length;
  // Open on a wide screen, or when one of its filters is in use; on a phone it waits to be asked.
  const [moreOpen, setMoreOpen] = useState(() => extraCount > 0 || window.matchMedia('(min-width: 64rem)').matches);

  const total = data?.cases.totalCount ?? 0;
  const nodes = (data?.cases.edges ?? []).map((edge) => edge.node);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const parties = ['Arbetsgivaren', ...new Set((forums?.forums ?? []).flatMap((forum) => forum.unions))];

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('sida' in changes)) next.delete('sida');
    setParams(next);
  }

  function search(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() || null });
  }

  const pageHref = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('sida', String(n));
    else next.delete('sida');
    return `?${next.toString()}`;
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        Ärenden
      </Heading>
      <form className="filters" onSubmit={search} role="search" aria-label="Sök och filtrera ärenden">
        <Textfield label="Fritext" description="Alla ord ska finnas i rubrik, text, svar eller åtaganden" value={text} onChange={(event) => setText(event.target.value)} className="filters__text" />
        <Field>
          <Label>Forum</Label>
          <Select value={params.get('forum') ?? ''} onChange={(event) => update({ forum: event.target.value })}>
            <Select.Option value="">Alla forum</Select.Option>
            {(forums?.forums ?? []).map((forum) => (
              <Select.Option key={forum.id} value={forum.code}>
                {forum.code} – {forum.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Status</Label>
          <Select value={filter.status ?? ''} onChange={(event) => update({ status: event.target.value })}>
            <Select.Option value="">Alla</Select.Option>
            {(['OPEN', 'ANSWERED', 'CLOSED'] as const).map((value) => (
              <Select.Option key={value} value={value}>
                {capitalized(label('CaseStatus', value))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <details className="filters__more" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
          <summary>Fler filter{extraCount > 0 ? ` (${extraCount} valda)` : ''}</summary>
          <div className="filters__grid">
        <Field>
          <Label>Typ</Label>
          <Select value={filter.kind ?? ''} onChange={(event) => update({ kind: event.target.value })}>
            <Select.Option value="">Alla</Select.Option>
            {(['QUESTION', 'COMMITMENT', 'BOARD_MATTER', 'STATEMENT', 'NEGOTIATION'] as const).map((value) => (
              <Select.Option key={value} value={value}>
                {capitalized(label('CaseKind', value))}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Skyldig part</Label>
          <Select value={filter.owedBy ?? ''} onChange={(event) => update({ party: event.target.value })}>
            <Select.Option value="">Alla</Select.Option>
            {parties.map((party) => (
              <Select.Option key={party} value={party}>
                {party}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Frågat av</Label>
          <Select value={filter.raisedBy ?? ''} onChange={(event) => update({ raisedBy: event.target.value })}>
            <Select.Option value="">Alla</Select.Option>
            {parties.map((party) => (
              <Select.Option key={party} value={party}>
                {party}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>Balanslistan</Label>
          <Select value={params.get('balanslista') ?? ''} onChange={(event) => update({ balanslista: event.target.value })}>
            <Select.Option value="">Oavsett</Select.Option>
            <Select.Option value="ja">På balanslistan</Select.Option>
            <Select.Option value="nej">Inte på balanslistan</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>Försenat</Label>
          <Select value={params.get('forsenad') ?? ''} onChange={(event) => update({ forsenad: event.target.value })}>
            <Select.Option value="">Oavsett</Select.Option>
            <Select.Option value="ja">Något är försenat</Select.Option>
            <Select.Option value="nej">Inget är försenat</Select.Option>
          </Select>
        </Field>
          </div>
        </details>
        <div className="filters__actions">
          <Button type="submit">Sök</Button>
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setText('');
              setParams(new URLSearchParams());
            }}
          >
            Rensa
          </Button>
        </div>
      </form>

      <div className="result-bar">
        <Paragraph aria-live="polite">
          {data ? `${total.toLocaleString('sv-SE')} ${total === 1 ? 'ärende' : 'ärenden'}` : ''}
        </Paragraph>
        <Paragraph>
          Ladda ner det som visas: <a href={exportHref(params, 'csv')}>CSV</a> · <a href={exportHref(params, 'xlsx')}>Excel (XLSX)</a>
        </Paragraph>
      </div>
      <ErrorMessage error={error} />
      {!data && fetching && <Loading what="ärenden" />}
      {data && (
        <div className="table-scroll" role="region" aria-label="Ärenden" tabIndex={0}>
          <Table zebra className="cases-table stack-table">
            <Table.Head>
              <Table.Row>
                {COLUMNS.map((column) => {
                  const current = sort?.key === column.key || (!sort && column.key === 'number');
                  const direction = current ? (sort?.descending ? 'descending' : 'ascending') : 'none';
                  return (
                    <Table.HeaderCell key={column.key} sort={direction} onClick={() => update({ sort: nextSort(sort ?? { key: 'number', descending: false }, column.key) })}>
                      {column.label}
                    </Table.HeaderCell>
                  );
                })}
                <Table.HeaderCell>Skyldig</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {nodes.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell data-label="Ärende" className="nowrap">
                    <Link to={caseHref(row.number)}>{row.number}</Link>
                    {row.onBalanceList && (
                      <div>
                        <Tag data-size="sm" data-color="info">
                          Balanslistan
                        </Tag>
                      </div>
                    )}
                  </Table.Cell>
                  <Table.Cell data-label="Rubrik">
                    <strong>
                      <Highlight text={row.title} words={words} />
                    </strong>
                    {words.length > 0 && row.text && (
                      <div className="muted">
                        <Highlight text={snippet(row.text, words)} words={words} />
                      </div>
                    )}
                  </Table.Cell>
                  <Table.Cell data-label="Typ">{capitalized(label('CaseKind', row.kind))}</Table.Cell>
                  <Table.Cell data-label="Status">{capitalized(label('CaseStatus', row.status))}</Table.Cell>
                  <Table.Cell data-label="Från">
                    {row.raisedBy ?? '–'}
                    {row.addressedTo && <div className="muted">till {row.addressedTo}</div>}
                  </Table.Cell>
                  <Table.Cell data-label="Öppnat" className="nowrap">{formatDate(row.openedOn)}</Table.Cell>
                  <Table.Cell data-label="Skyldig">
                    {[...new Set(row.obligations.map((o) => o.party))].join(', ') || '–'}
                    {row.obligations.some((o) => o.overdue) && (
                      <div>
                        <Tag data-size="sm" data-color="danger">
                          Försenad
                        </Tag>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Sidor" className="pager">
          {page > 1 ? <Link to={pageHref(page - 1)}>‹ Föregående</Link> : <span aria-hidden="true" />}
          <span>
            Sida {page} av {pages}
          </span>
          {page < pages ? <Link to={pageHref(page + 1)}>Nästa ›</Link> : <span aria-hidden="true" />}
        </nav>
      )}
    </>
  );
}
