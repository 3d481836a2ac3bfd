import { useQuery } from 'urql';
import { Link, useParams, useSearchParams } from 'react-router';
import { Heading, Paragraph, Tag, ToggleGroup } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { count, formatDate, formatDateTime, formatTime } from '../lib/format';
import { capitalized, useLabels } from '../lib/labels';
import { useLive } from '../lib/live';
import { caseHref, meetingHref, protocolHref } from '../lib/paths';
import { ErrorMessage, Loading } from '../components/Status';

const MeetingQuery = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      date
      time
      place
      held
      chair
      secretary
      approvalDeadline
      commentsDeadline
      minutesApprovedOn
      minutesApprovedBy
      minutesPublishedOn
      protocol {
        sourceEncoding
      }
      forum {
        id
        code
        name
        organization
        meetings {
          id
          date
          held
        }
      }
      present {
        name
        party
        role
      }
      absent {
        name
        party
        role
      }
      approvers {
        name
        party
      }
      cases {
        id
        number
        title
        kind
        status
        openedOn
      }
    }
  }
`);

const BalanceQuery = graphql(`
  query MeetingBalance($forum: ID!, $id: ID!, $when: BeforeOrAfter) {
    balanceList(forum: $forum, atMeeting: $id, when: $when) {
      previousMeeting {
        date
      }
      cases {
        id
        number
        title
      }
      added {
        id
        number
        title
      }
      removed {
        id
        number
        title
      }
    }
  }
`);

type Person = { name?: string | null; party: string; role?: string | null };

/** People grouped by party, in the order the parties first appear: "Kommunal: A, B". */
export function byParty(list: Person[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const person of list) {
    const names = groups.get(person.party) ?? [];
    if (person.name) names.push(person.role ? `${person.name} (${person.role})` : person.name);
    groups.set(person.party, names);
  }
  return [...groups.entries()];
}

function People({ list }: { list: Person[] }) {
  return (
    <ul className="plain-list">
      {byParty(list).map(([party, names]) => (
        <li key={party}>
          <strong>{party}</strong>
          {names.length > 0 && `: ${names.join(', ')}`}
        </li>
      ))}
    </ul>
  );
}

function BalanceList({ forum, id, date }: { forum: string; id: string; date: string }) {
  const [params, setParams] = useSearchParams();
  const when = params.get('lista') === 'infor' ? 'BEFORE' : 'AFTER';
  const [{ data, error, fetching }, refetch] = useQuery({ query: BalanceQuery, variables: { forum, id, when } });
  useLive(() => refetch({ requestPolicy: 'network-only' }), forum);
  const list = data?.balanceList;
  return (
    <section aria-labelledby="rubrik-balanslista">
      <Heading level={2} data-size="sm" id="rubrik-balanslista">
        Balanslistan {when === 'BEFORE' ? 'inför' : 'efter'} mötet {formatDate(date)}
      </Heading>
      <ToggleGroup
        value={when}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value === 'BEFORE') next.set('lista', 'infor');
          else next.delete('lista');
          setParams(next, { replace: true });
        }}
        data-size="sm"
        aria-label="Balanslistan inför eller efter mötet"
      >
        <ToggleGroup.Item value="BEFORE">Inför mötet</ToggleGroup.Item>
        <ToggleGroup.Item value="AFTER">Efter mötet</ToggleGroup.Item>
      </ToggleGroup>
      <ErrorMessage error={error} />
      {!list && fetching && <Loading what="balanslistan" />}
      {list && (
        <>
          <Paragraph data-size="sm">
            {count(list.cases.length, 'ärende', 'ärenden')} på listan
            {list.previousMeeting ? ` – jämfört med efter föregående möte ${formatDate(list.previousMeeting.date)}` : ' – första mötet'}:{' '}
            {list.added.length} nytillkomna, {list.removed.length} avförda.
          </Paragraph>
          <ul className="balance-list" aria-label="Ärenden på balanslistan">
            {list.cases.map((c) => {
              const isNew = list.added.some((a) => a.id === c.id);
              return (
                <li key={c.id}>
                  <Link to={caseHref(c.number)}>{c.number}</Link> {c.title}{' '}
                  {isNew && (
                    <Tag data-size="sm" data-color="success">
                      Ny på listan
                    </Tag>
                  )}
                </li>
              );
            })}
          </ul>
          {list.removed.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                Avförda sedan föregående möte
              </Heading>
              <ul className="balance-list balance-list--removed">
                {list.removed.map((c) => (
                  <li key={c.id}>
                    <Link to={caseHref(c.number)}>{c.number}</Link> {c.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  const label = useLabels();
  const [params] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeetingQuery, variables: { id } });
  const meeting = data?.meeting;
  useLive(() => refetch({ requestPolicy: 'network-only' }), meeting?.forum.code);

  if (!data && fetching) return <Loading what="mötet" />;
  if (!meeting) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Möte {id}
        </Heading>
        <ErrorMessage error={error} />
      </>
    );
  }

  const meetings = meeting.forum.meetings;
  const index = meetings.findIndex((m) => m.id === meeting.id);
  const previous = index > 0 ? meetings[index - 1] : undefined;
  const next = index >= 0 && index < meetings.length - 1 ? meetings[index + 1] : undefined;
  const arose = meeting.cases.filter((c) => c.openedOn === meeting.date);
  const discussed = meeting.cases.filter((c) => c.openedOn !== meeting.date);
  const keep = params.toString() ? `?${params.toString()}` : '';

  return (
    <>
      <Paragraph data-size="sm">
        <Link to="/moten">Möten</Link> › {meeting.forum.code}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {meeting.forum.code} {formatDate(meeting.date)}
      </Heading>
      <nav aria-label="Stega mellan möten" className="stepper">
        {previous ? (
          <Link to={meetingHref(meeting.forum.code, previous.date) + keep} rel="prev">
            ‹ Föregående möte ({formatDate(previous.date)})
          </Link>
        ) : (
          <span className="muted">Inget tidigare möte</span>
        )}
        {next ? (
          <Link to={meetingHref(meeting.forum.code, next.date) + keep} rel="next">
            Nästa möte ({formatDate(next.date)}) ›
          </Link>
        ) : (
          <span className="muted">Inget senare möte</span>
        )}
      </nav>
      <ErrorMessage error={error} />
      <div className="tags">
        {!meeting.held && <Tag data-color="info">Planerat, inte hållet</Tag>}
        {meeting.minutesApprovedOn && <Tag data-color="success">Justerat {formatDate(meeting.minutesApprovedOn)}</Tag>}
      </div>
      <dl className="facts">
        {(
          [
            ['Forum', `${meeting.forum.name}, ${meeting.forum.organization}`],
            ['Tid', meeting.time ? `kl. ${formatTime(meeting.time)}` : null],
            ['Plats', meeting.place],
            ['Ordförande', meeting.chair],
            ['Sekreterare', meeting.secretary],
            ['Synpunkter senast', meeting.commentsDeadline ? formatDateTime(meeting.commentsDeadline) : null],
            ['Justeras senast', meeting.approvalDeadline ? formatDate(meeting.approvalDeadline) : null],
            ['Justerat av', meeting.minutesApprovedBy.length ? meeting.minutesApprovedBy.join(', ') : null],
            ['Anslaget', meeting.minutesPublishedOn ? formatDate(meeting.minutesPublishedOn) : null],
          ] as [string, string | null | undefined][]
        )
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {meeting.protocol && (
        <Paragraph>
          <Link to={protocolHref(meeting.forum.code, meeting.date)}>Protokollets text, paragraf för paragraf</Link>
        </Paragraph>
      )}
      <BalanceList forum={meeting.forum.code} id={meeting.id} date={meeting.date} />
      <div className="owed-grid">
        <section aria-labelledby="rubrik-narvaro">
          <Heading level={2} data-size="sm" id="rubrik-narvaro">
            Närvarande
          </Heading>
          {meeting.present.length ? <People list={meeting.present} /> : <Paragraph>Ingen närvaro registrerad.</Paragraph>}
          {meeting.absent.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                Förhinder
              </Heading>
              <People list={meeting.absent} />
            </>
          )}
        </section>
        <section aria-labelledby="rubrik-justerare">
          <Heading level={2} data-size="sm" id="rubrik-justerare">
            Justerare
          </Heading>
          {meeting.approvers.length ? <People list={meeting.approvers} /> : <Paragraph>Inga justerare utsedda.</Paragraph>}
        </section>
      </div>
      <div className="owed-grid">
        <section aria-labelledby="rubrik-vackt">
          <Heading level={2} data-size="sm" id="rubrik-vackt">
            Väckt på mötet
          </Heading>
          {arose.length === 0 ? (
            <Paragraph>Inget nytt ärende.</Paragraph>
          ) : (
            <ul className="plain-list">
              {arose.map((c) => (
                <li key={c.id}>
                  <Link to={caseHref(c.number)}>{c.number}</Link> {c.title} <span className="muted">({label('CaseKind', c.kind)}, {label('CaseStatus', c.status)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="rubrik-behandlat">
          <Heading level={2} data-size="sm" id="rubrik-behandlat">
            Behandlat från tidigare möten
          </Heading>
          {discussed.length === 0 ? (
            <Paragraph>Inget ärende från tidigare möten.</Paragraph>
          ) : (
            <ul className="plain-list">
              {discussed.map((c) => (
                <li key={c.id}>
                  <Link to={caseHref(c.number)}>{c.number}</Link> {c.title} <span className="muted">({capitalized(label('CaseStatus', c.status))})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
