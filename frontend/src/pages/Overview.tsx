import { useQuery } from 'urql';
import { Link, useSearchParams } from 'react-router';
import { Card, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { ownParty, useAuth } from '../lib/auth';
import { count } from '../lib/format';
import { useLive } from '../lib/live';
import { byUrgency, ObligationTable, type ObligationRow } from '../components/Obligations';
import { ErrorMessage, Loading } from '../components/Status';
import { agendaHref } from '../lib/paths';

/** How many owed items a list shows; the count says how many there are. */
const SHOWN = 100;

const PartiesQuery = graphql(`
  query OverviewParties {
    forums {
      id
      code
      unions
    }
  }
`);

const OwedQuery = graphql(`
  query OverviewOwed($party: String!, $shown: Int!) {
    owedByUs: obligations(owedBy: $party, first: $shown) {
      ...ObligationFields
    }
    owedByUsCount: obligationCount(owedBy: $party)
    owedToUs: obligations(owedTo: $party, first: $shown) {
      ...ObligationFields
    }
    owedToUsCount: obligationCount(owedTo: $party)
  }

  fragment ObligationFields on Obligation {
    caseNumber
    commitmentNumber
    kind
    what
    party
    to
    since
    daysWaiting
    dueDate
    dueLabel
    overdue
    undated
    case {
      id
      title
    }
  }
`);

const AllOwedQuery = graphql(`
  query OverviewAllOwed($shown: Int!) {
    everything: obligations(first: $shown) {
      ...ObligationFields
    }
    everythingCount: obligationCount
  }
`);

const StatsQuery = graphql(`
  query OverviewStats {
    stats {
      forums {
        forum {
          id
          code
          name
          organization
        }
        casesOpen
        answersOwed
        commitmentsOpen
        commitmentsOverdue
        commitmentsUndated
      }
      parties {
        party
        daysToAnswer {
          median
          p90
          samples
        }
      }
    }
  }
`);

function Owed({ title, rows, total, counterpart, empty }: { title: string; rows: ObligationRow[]; total: number; counterpart: 'party' | 'to' | 'both'; empty: string }) {
  const dated = byUrgency(rows.filter((row) => !row.undated));
  const overdue = dated.filter((row) => row.overdue).length;
  return (
    <section aria-labelledby={`rubrik-${title}`} className="owed">
      <Heading level={2} data-size="sm" id={`rubrik-${title}`}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="summary-line">
        {count(total, 'sak', 'saker')}
        {overdue > 0 && <strong className="overdue-count">, varav {count(overdue, 'försenad', 'försenade')}</strong>}
        {total > rows.length && ` (de ${rows.length} som väntat längst visas)`}
      </Paragraph>
      {dated.length > 0 ? <ObligationTable rows={dated} caption={title} counterpart={counterpart} /> : <Paragraph>{empty}</Paragraph>}
    </section>
  );
}

export function Overview() {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('part');
  const party = chosen ?? (me ? ownParty(me) : null);
  const all = !party;

  const [{ data: partiesData }] = useQuery({ query: PartiesQuery });
  const waitForMe = me === null && chosen === null;
  const [owed, refetchOwed] = useQuery({ query: OwedQuery, variables: { party: party ?? '', shown: SHOWN }, pause: waitForMe || all });
  const [allOwed, refetchAll] = useQuery({ query: AllOwedQuery, variables: { shown: SHOWN }, pause: waitForMe || !all });
  const [stats, refetchStats] = useQuery({ query: StatsQuery });
  useLive(() => {
    const fresh = { requestPolicy: 'network-only' } as const;
    if (all) refetchAll(fresh);
    else refetchOwed(fresh);
    refetchStats(fresh);
  });
  const lists = all ? allOwed : owed;
  const data = lists.data && stats.data ? { ...lists.data, ...stats.data } : undefined;
  const fetching = lists.fetching || stats.fetching;
  const error = lists.error ?? stats.error;

  const parties = [
    'Arbetsgivaren',
    ...new Set((partiesData?.forums ?? []).flatMap((forum) => forum.unions)),
  ].sort((a, b) => (a === 'Arbetsgivaren' ? -1 : b === 'Arbetsgivaren' ? 1 : a.localeCompare(b, 'sv-SE')));

  const undated = byUrgency(
    [...(owed.data?.owedByUs ?? []), ...(owed.data?.owedToUs ?? []), ...(allOwed.data?.everything ?? [])].filter((row) => row.undated),
  );
  const medians = (stats.data?.stats.parties ?? []).filter((p) => p.daysToAnswer.median !== null && p.daysToAnswer.median !== undefined);
  const longest = Math.max(1, ...medians.map((p) => p.daysToAnswer.median ?? 0));

  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {party ? `Översikt för ${party}` : 'Översikt'}
        </Heading>
        <Field className="party-picker">
          <Label>Visa för part</Label>
          <Select
            value={party ?? ''}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              next.set('part', event.target.value);
              setParams(next);
            }}
          >
            <Select.Option value="">Alla parter</Select.Option>
            {parties.map((name) => (
              <Select.Option key={name} value={name}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <ErrorMessage error={error} />
      {!data && fetching && <Loading what="översikten" />}
      {data && (
        <>
          {all && allOwed.data ? (
            <Owed title="Allt som är skyldigt" rows={allOwed.data.everything} total={allOwed.data.everythingCount} counterpart="both" empty="Ingen är skyldig något just nu." />
          ) : owed.data ? (
            <div className="owed-lists">
              <Owed title="Vi är skyldiga" rows={owed.data.owedByUs} total={owed.data.owedByUsCount} counterpart="to" empty={`${party} är inte skyldig något just nu.`} />
              <Owed title="Är skyldiga oss" rows={owed.data.owedToUs} total={owed.data.owedToUsCount} counterpart="party" empty={`Ingen är skyldig ${party} något just nu.`} />
            </div>
          ) : null}
          <section aria-labelledby="rubrik-utan-datum">
            <Heading level={2} data-size="sm" id="rubrik-utan-datum">
              Löften utan datum
            </Heading>
            <Paragraph data-size="sm">Blir aldrig försenade, så de tas upp vid varje möte tills de är uppfyllda.</Paragraph>
            {undated.length > 0 ? <ObligationTable rows={undated} caption="Löften utan datum" counterpart="both" /> : <Paragraph>Inga löften utan datum.</Paragraph>}
          </section>
          <div className="owed-grid">
            <section aria-labelledby="rubrik-forum">
              <Heading level={2} data-size="sm" id="rubrik-forum">
                Per forum
              </Heading>
              <div className="table-scroll" role="region" aria-label="Per forum" tabIndex={0}>
                <Table zebra>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Forum</Table.HeaderCell>
                      <Table.HeaderCell className="num">Öppna ärenden</Table.HeaderCell>
                      <Table.HeaderCell className="num">Obesvarade frågor</Table.HeaderCell>
                      <Table.HeaderCell className="num">Öppna åtaganden</Table.HeaderCell>
                      <Table.HeaderCell className="num">Försenade</Table.HeaderCell>
                      <Table.HeaderCell className="num">Utan datum</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {data.stats.forums.map((row) => (
                      <Table.Row key={row.forum.id}>
                        <Table.Cell>
                          <Link to={`/arenden?forum=${encodeURIComponent(row.forum.code)}&status=OPEN`}>{row.forum.code}</Link>
                          <div className="muted">
                            {row.forum.name}, {row.forum.organization} · <Link to={agendaHref(row.forum.code)}>dagordning</Link>
                          </div>
                        </Table.Cell>
                        <Table.Cell className="num">{row.casesOpen}</Table.Cell>
                        <Table.Cell className="num">{row.answersOwed}</Table.Cell>
                        <Table.Cell className="num">{row.commitmentsOpen}</Table.Cell>
                        <Table.Cell className="num">{row.commitmentsOverdue}</Table.Cell>
                        <Table.Cell className="num">{row.commitmentsUndated}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </section>
            <Card className="chart-card">
              <Heading level={2} data-size="sm" id="rubrik-svarstid">
                Svarstid (median)
              </Heading>
              <Paragraph data-size="sm">Dagar från fråga till första svar, per part som svarar.</Paragraph>
              {medians.length === 0 ? (
                <Paragraph>Inga besvarade frågor ännu.</Paragraph>
              ) : (
                <ul className="bars" aria-labelledby="rubrik-svarstid">
                  {medians.map((p) => (
                    <li key={p.party}>
                      <span className="bars__label">{p.party}</span>
                      <span className="bars__track" aria-hidden="true">
                        <span className="bars__bar" style={{ width: `${((p.daysToAnswer.median ?? 0) / longest) * 100}%` }} />
                      </span>
                      <span className="bars__value">
                        {count(p.daysToAnswer.median ?? 0, 'dag', 'dagar')}
                        <span className="muted"> ({count(p.daysToAnswer.samples, 'svar', 'svar')})</span>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </>
      )}
    </>
  );
}
