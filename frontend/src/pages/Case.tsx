import { useQuery } from 'urql';
import { Link, useParams } from 'react-router';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { formatDate, formatDateTime } from '../lib/format';
import { capitalized, useLabels } from '../lib/labels';
import { useLive } from '../lib/live';
import { meetingHref, protocolHref } from '../lib/paths';
import { ObligationTable } from '../components/Obligations';
import { ErrorMessage, Loading } from '../components/Status';

const CaseQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      number
      title
      text
      kind
      status
      resolution
      mbl
      registryNumber
      section
      raisedBy
      askedBy
      addressedTo
      openedOn
      onBalanceList
      preRegistered
      carriedOver
      forum {
        code
        name
        organization
      }
      obligations {
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
      }
      answers {
        by
        person
        on
        text
      }
      statements {
        kind
        party
        on
        text
      }
      commitments {
        number
        by
        to
        what
        dueDate
        dueLabel
        fulfilledOn
        overdue
        renewals
        postponements
      }
      timeline {
        position
        occurredAt
        type
        summary
        recordedByName
        section
        meeting {
          id
          date
          forum {
            code
          }
        }
      }
    }
  }
`);

/** A short Swedish word for each kind of step, to scan the timeline by. */
const STEP: Record<string, string> = {
  QuestionRaised: 'Väckt',
  CaseOpened: 'Öppnat',
  BoardMatterRegistered: 'Registrerat',
  AnswerGiven: 'Besvarat',
  FollowUpAsked: 'Följdfråga',
  CommitmentMade: 'Åtagande',
  CommitmentRenewed: 'Förnyat',
  CommitmentFulfilled: 'Uppfyllt',
  Discussed: 'Behandlat',
  AddedToBalanceList: 'På balanslistan',
  RemovedFromBalanceList: 'Av balanslistan',
  Closed: 'Avslutat',
  Reopened: 'Återupptaget',
  StatementRecorded: 'Yttrande',
  Corrected: 'Rättat',
};

export function CasePage() {
  const { id = '' } = useParams();
  const label = useLabels();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseQuery, variables: { id } });
  const found = data?.case;
  useLive(() => refetch({ requestPolicy: 'network-only' }), found?.forum.code);

  if (!data && fetching) return <Loading what="ärendet" />;
  if (!found) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Ärende {id}
        </Heading>
        <ErrorMessage error={error} />
      </>
    );
  }

  const facts: [string, string | null | undefined][] = [
    ['Forum', `${found.forum.code} – ${found.forum.name}, ${found.forum.organization}`],
    ['Typ', capitalized(label('CaseKind', found.kind))],
    ['Status', capitalized(label('CaseStatus', found.status)) + (found.resolution ? ` (${label('Resolution', found.resolution)})` : '')],
    ['Öppnat', formatDate(found.openedOn)],
    ['Frågat av', [found.raisedBy, found.askedBy].filter(Boolean).join(', ') || null],
    ['Riktat till', found.addressedTo],
    ['Diarienummer', found.registryNumber],
    ['MBL', found.mbl ? label('Mbl', found.mbl) : null],
    ['Paragraf', found.section],
  ];

  return (
    <>
      <Paragraph data-size="sm">
        <Link to="/arenden">Ärenden</Link> › {found.number}
      </Paragraph>
      <Heading level={1} data-size="md">
        {found.number}: {found.title}
      </Heading>
      <div className="tags">
        {found.onBalanceList && <Tag data-color="info">På balanslistan</Tag>}
        {found.preRegistered && <Tag data-color="neutral">Föranmäld</Tag>}
        {found.carriedOver && <Tag data-color="neutral">Kvarstående</Tag>}
        {found.obligations.some((o) => o.overdue) && <Tag data-color="danger">Försenad</Tag>}
      </div>
      <ErrorMessage error={error} />
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {found.text && (
        <section aria-labelledby="rubrik-text">
          <Heading level={2} data-size="sm" id="rubrik-text">
            Text
          </Heading>
          <Paragraph className="case-text">{found.text}</Paragraph>
        </section>
      )}
      <section aria-labelledby="rubrik-skyldigt">
        <Heading level={2} data-size="sm" id="rubrik-skyldigt">
          Vad som är skyldigt nu
        </Heading>
        {found.obligations.length > 0 ? (
          <ObligationTable rows={found.obligations} caption="Vad som är skyldigt nu" counterpart="both" />
        ) : (
          <Paragraph>Ingen är skyldig något på ärendet.</Paragraph>
        )}
      </section>
      {found.answers.length > 0 && (
        <section aria-labelledby="rubrik-svar">
          <Heading level={2} data-size="sm" id="rubrik-svar">
            Svar
          </Heading>
          <ol className="plain-list">
            {found.answers.map((answer, index) => (
              <li key={index}>
                <strong>
                  {answer.by}
                  {answer.person ? ` (${answer.person})` : ''}, {formatDate(answer.on)}:
                </strong>{' '}
                <span className="case-text">{answer.text}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {found.statements.length > 0 && (
        <section aria-labelledby="rubrik-yttranden">
          <Heading level={2} data-size="sm" id="rubrik-yttranden">
            Yttranden
          </Heading>
          <ol className="plain-list">
            {found.statements.map((statement, index) => (
              <li key={index}>
                <strong>
                  {capitalized(label('StatementKind', statement.kind))} från {statement.party}, {formatDate(statement.on)}:
                </strong>{' '}
                {statement.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {found.commitments.length > 0 && (
        <section aria-labelledby="rubrik-ataganden">
          <Heading level={2} data-size="sm" id="rubrik-ataganden">
            Åtaganden
          </Heading>
          <ol className="plain-list">
            {found.commitments.map((c) => (
              <li key={c.number}>
                <strong>
                  {c.number}. {c.by}
                </strong>
                {c.to ? ` till ${c.to}` : ''}: {c.what.replace(/\.$/, '')}.{' '}
                {c.fulfilledOn ? `Uppfyllt ${formatDate(c.fulfilledOn)}.` : c.dueDate ? `Senast ${formatDate(c.dueDate)}.` : c.dueLabel ? `${c.dueLabel}.` : 'Utan datum.'}
                {c.renewals > 0 && ` Förnyat ${c.renewals} gång${c.renewals === 1 ? '' : 'er'}, uppskjutet ${c.postponements}.`}
                {c.overdue && (
                  <>
                    {' '}
                    <Tag data-color="danger" data-size="sm">
                      Försenat
                    </Tag>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="rubrik-historik">
        <Heading level={2} data-size="sm" id="rubrik-historik">
          Historik
        </Heading>
        <ol className="timeline">
          {found.timeline.map((step) => (
            <li key={step.position}>
              <div className="timeline__when">
                <span className="timeline__step">{STEP[step.type] ?? step.type}</span>
                {step.meeting ? (
                  <>
                    <Link to={meetingHref(step.meeting.forum.code, step.meeting.date)}>
                      möte {formatDate(step.meeting.date)}
                    </Link>
                    {step.section && (
                      <Link to={protocolHref(step.meeting.forum.code, step.meeting.date, step.section)}>
                        § {step.section} i protokollet
                      </Link>
                    )}
                  </>
                ) : (
                  <span>{formatDateTime(step.occurredAt)}</span>
                )}
              </div>
              <div>{step.summary}</div>
              <div className="timeline__who">registrerat av {step.recordedByName}</div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
