// A meeting's imported protocol (protokoll): its text, with an anchor per section (`#p-4` for
// "§ 4") that the case page's timeline links to.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useParams } from 'react-router';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { byteSlicer, sectionAnchor } from '../lib/draft';
import { formatDate } from '../lib/format';
import { meetingHref } from '../lib/paths';
import { ErrorMessage, Loading } from '../components/Status';

const ProtocolQuery = graphql(`
  query MeetingProtocol($id: ID!) {
    meeting(id: $id) {
      id
      date
      forum {
        code
        name
      }
      protocol {
        text
        sourceEncoding
        sections {
          section
          title
          start
          end
        }
      }
    }
  }
`);

type Section = { section: string; title: string; start: number; end: number };

type Part = { anchor: string | null; label: string | null; text: string };

/** The text cut into what comes before the first section, each section with its anchor, and the rest. */
export function protocolParts(text: string, sections: Section[]): Part[] {
  const slice = byteSlicer(text);
  const parts: Part[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const section of sections) {
    if (section.start < at || section.end < section.start) continue;
    const before = slice(at, section.start);
    if (before.trim()) parts.push({ anchor: null, label: null, text: before });
    const anchor = sectionAnchor(section.section);
    // A number given twice keeps its first anchor: an id names one element.
    parts.push({ anchor: seen.has(anchor) ? null : anchor, label: `§ ${section.section}`, text: slice(section.start, section.end) });
    seen.add(anchor);
    at = section.end;
  }
  const rest = slice(at, Number.MAX_SAFE_INTEGER);
  if (rest.trim()) parts.push({ anchor: null, label: null, text: rest });
  return parts;
}

export function ProtocolPage() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: ProtocolQuery, variables: { id } });
  const meeting = data?.meeting;
  const protocol = meeting?.protocol;

  // The section in the address, once its text is there: scrolled to and given focus.
  useEffect(() => {
    if (!protocol || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [protocol, hash]);

  if (!data && fetching) return <Loading what="protokollet" />;
  if (!meeting) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Protokoll
        </Heading>
        <ErrorMessage error={error} />
        {!error && <Paragraph>Mötet finns inte.</Paragraph>}
      </>
    );
  }
  const title = `${meeting.forum.code} ${formatDate(meeting.date)}`;
  return (
    <>
      <Paragraph data-size="sm">
        <Link to={meetingHref(meeting.forum.code, meeting.date)}>{title}</Link> › Protokoll
      </Paragraph>
      <Heading level={1} data-size="md">
        Protokoll: {title}
      </Heading>
      <ErrorMessage error={error} />
      {!protocol ? (
        <Paragraph>Mötet registrerades inte från ett protokoll, så här finns ingen protokolltext.</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            Texten som den lästes in ({protocol.sourceEncoding}). {protocol.sections.length} paragrafer.
          </Paragraph>
          <div className="protocol-text">
            {protocolParts(protocol.text, protocol.sections).map((part, index) =>
              part.label ? (
                <section key={index} id={part.anchor ?? undefined} tabIndex={-1} aria-label={part.label} className="protocol-section">
                  <pre>{part.text}</pre>
                </section>
              ) : (
                <pre key={index}>{part.text}</pre>
              ),
            )}
          </div>
        </>
      )}
    </>
  );
}
