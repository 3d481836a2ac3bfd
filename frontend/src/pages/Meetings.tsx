import { useQuery } from 'urql';
import { Link } from 'react-router';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { formatDate, formatTime } from '../lib/format';
import { agendaHref, meetingHref } from '../lib/paths';
import { ErrorMessage, Loading } from '../components/Status';

const MeetingsQuery = graphql(`
  query Meetings {
    forums {
      id
      code
      name
      organization
      meetings {
        id
        date
        time
        place
        held
        minutesApprovedOn
      }
    }
  }
`);

export function Meetings() {
  const [{ data, fetching, error }] = useQuery({ query: MeetingsQuery });
  return (
    <>
      <Heading level={1} data-size="lg">
        Möten
      </Heading>
      <ErrorMessage error={error} />
      {!data && fetching && <Loading what="mötena" />}
      {data?.forums.map((forum) => (
        <section key={forum.id} aria-labelledby={`forum-${forum.id}`} className="forum-block">
          <Heading level={2} data-size="sm" id={`forum-${forum.id}`}>
            {forum.code} – {forum.name}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {forum.organization} · <Link to={agendaHref(forum.code)}>Dagordning för nästa möte</Link>
          </Paragraph>
          {forum.meetings.length === 0 ? (
            <Paragraph>Inga möten ännu.</Paragraph>
          ) : (
            <ul className="meeting-list">
              {[...forum.meetings].reverse().map((meeting) => (
                <li key={meeting.id}>
                  <Link to={meetingHref(forum.code, meeting.date)}>{formatDate(meeting.date)}</Link>
                  {meeting.time && ` kl. ${formatTime(meeting.time)}`}
                  {meeting.place && <span className="muted"> · {meeting.place}</span>}{' '}
                  {!meeting.held ? (
                    <Tag data-size="sm" data-color="info">
                      Planerat
                    </Tag>
                  ) : meeting.minutesApprovedOn ? (
                    <Tag data-size="sm" data-color="success">
                      Justerat
                    </Tag>
                  ) : (
                    <Tag data-size="sm" data-color="warning">
                      Ej justerat
                    </Tag>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
