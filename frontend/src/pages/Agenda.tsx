import { useQuery } from 'urql';
import { Link, useParams } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { formatDate, formatTime, waited } from '../lib/format';
import { useLive } from '../lib/live';
import { agendaHref, caseHref } from '../lib/paths';
import { ErrorMessage, Loading } from '../components/Status';
import { repeats } from '../components/Obligations';

const AgendaForumsQuery = graphql(`
  query AgendaForums {
    forums {
      id
      code
      name
      organization
    }
  }
`);

const AgendaQuery = graphql(`
  query Agenda($forum: ID!) {
    forum(id: $forum) {
      code
      name
      organization
    }
    agenda(forum: $forum) {
      nextMeeting {
        date
        time
        place
      }
      openQuestions {
        ...AgendaItem
      }
      commitmentsDue {
        ...AgendaItem
      }
      commitmentsUndated {
        ...AgendaItem
      }
      balanceList {
        id
        number
        title
      }
      boardMattersAwaitingOutcome {
        id
        number
        title
        registryNumber
      }
    }
  }

  fragment AgendaItem on Obligation {
    caseNumber
    commitmentNumber
    what
    party
    to
    since
    daysWaiting
    dueDate
    dueLabel
    overdue
    case {
      title
    }
  }
`);

type Item = {
  caseNumber: string;
  commitmentNumber?: number | null;
  what: string;
  party: string;
  to?: string | null;
  since: string;
  daysWaiting: number;
  dueDate?: string | null;
  dueLabel?: string | null;
  overdue: boolean;
  case?: { title: string } | null;
};

function Items({ items, empty }: { items: Item[]; empty: string }) {
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ol className="agenda-items">
      {items.map((item) => (
        <li key={`${item.caseNumber}-${item.commitmentNumber ?? 'svar'}-${item.party}`}>
          <Link to={caseHref(item.caseNumber)}>{item.caseNumber}</Link>{' '}
          {item.case?.title && !repeats(item.case.title, item.what) && <strong>{item.case.title.replace(/[.…]+$/, '')}: </strong>}
          {item.what}
          <div className="muted">
            {item.party} {item.to ? `till ${item.to}` : ''} · sedan {formatDate(item.since)} ({waited(item.daysWaiting)})
            {item.dueDate ? ` · senast ${formatDate(item.dueDate)}` : item.dueLabel ? ` · ${item.dueLabel}` : ''}
            {item.overdue && <strong className="overdue-count"> · FÖRSENAD</strong>}
          </div>
        </li>
      ))}
    </ol>
  );
}

function ForumChoice() {
  const [{ data, error }] = useQuery({ query: AgendaForumsQuery });
  return (
    <>
      <Heading level={1} data-size="lg">
        Dagordning
      </Heading>
      <Paragraph>Välj forum för att se vad nästa möte ska ta upp.</Paragraph>
      <ErrorMessage error={error} />
      <ul className="plain-list">
        {data?.forums.map((forum) => (
          <li key={forum.id}>
            <Link to={agendaHref(forum.code)}>
              {forum.code} – {forum.name}
            </Link>{' '}
            <span className="muted">{forum.organization}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function AgendaPage() {
  const { forum } = useParams();
  if (!forum) return <ForumChoice />;
  return <ForumAgenda forum={forum} />;
}

function ForumAgenda({ forum }: { forum: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgendaQuery, variables: { forum } });
  useLive(() => refetch({ requestPolicy: 'network-only' }), forum);
  if (!data && fetching) return <Loading what="dagordningen" />;
  if (!data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Dagordning {forum}
        </Heading>
        <ErrorMessage error={error} />
      </>
    );
  }
  const { agenda } = data;
  const next = agenda.nextMeeting;
  return (
    <article className="agenda">
      <Heading level={1} data-size="lg">
        Dagordning {data.forum.code}
        {next ? ` ${formatDate(next.date)}` : ''}
      </Heading>
      <Paragraph>
        {data.forum.name}, {data.forum.organization}.{' '}
        {next
          ? `Nästa möte ${formatDate(next.date)}${next.time ? ` kl. ${formatTime(next.time)}` : ''}${next.place ? `, ${next.place}` : ''}.`
          : 'Inget nästa möte är planerat.'}
      </Paragraph>
      <div className="no-print actions">
        <Button onClick={() => window.print()}>Skriv ut</Button>
        <Button asChild variant="secondary">
          <a href={`/export/agenda/${encodeURIComponent(data.forum.code)}.docx`} download>
            Ladda ner som Word (DOCX)
          </a>
        </Button>
      </div>
      <ErrorMessage error={error} />
      <ol className="agenda-points">
        <li>Mötets öppnande</li>
        <li>Val av justerare</li>
        <li>Godkännande av dagordningen</li>
        <li>Föregående protokoll</li>
        <li>
          <Heading level={2} data-size="xs">
            Kvarvarande frågor ({agenda.openQuestions.length})
          </Heading>
          <Items items={agenda.openQuestions} empty="Inga frågor väntar på svar." />
        </li>
        <li>
          <Heading level={2} data-size="xs">
            Åtaganden att följa upp ({agenda.commitmentsDue.length})
          </Heading>
          <Items items={agenda.commitmentsDue} empty="Inga åtaganden förfaller till mötet." />
        </li>
        <li>
          <Heading level={2} data-size="xs">
            Åtaganden utan datum ({agenda.commitmentsUndated.length})
          </Heading>
          <Items items={agenda.commitmentsUndated} empty="Inga åtaganden utan datum." />
        </li>
        <li>
          <Heading level={2} data-size="xs">
            Balanslistan ({agenda.balanceList.length})
          </Heading>
          {agenda.balanceList.length === 0 ? (
            <Paragraph>Balanslistan är tom.</Paragraph>
          ) : (
            <ol className="agenda-items">
              {agenda.balanceList.map((c) => (
                <li key={c.id}>
                  <Link to={caseHref(c.number)}>{c.number}</Link> {c.title}
                </li>
              ))}
            </ol>
          )}
        </li>
        <li>
          <Heading level={2} data-size="xs">
            Nämndärenden som väntar på beslut ({agenda.boardMattersAwaitingOutcome.length})
          </Heading>
          {agenda.boardMattersAwaitingOutcome.length === 0 ? (
            <Paragraph>Inga nämndärenden väntar.</Paragraph>
          ) : (
            <ol className="agenda-items">
              {agenda.boardMattersAwaitingOutcome.map((c) => (
                <li key={c.id}>
                  <Link to={caseHref(c.number)}>{c.number}</Link> {c.title} {c.registryNumber && <span className="muted">(dnr {c.registryNumber})</span>}
                </li>
              ))}
            </ol>
          )}
        </li>
        <li>Övriga frågor</li>
        <li>Mötets avslutande</li>
      </ol>
    </article>
  );
}
