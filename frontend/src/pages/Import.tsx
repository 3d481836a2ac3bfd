import { useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'react-router';
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import type { ImportDraftInput, ReadProtocolMutation } from '../gql/graphql';
import { withoutTypenames } from '../lib/draft';
import { useAuth } from '../lib/auth';
import { swedishError } from '../lib/client';
import { meetingHref } from '../lib/paths';

const ImportForums = graphql(`
  query ImportForums {
    forums {
      id
      code
      name
      organization
    }
  }
`);

const ReadProtocol = graphql(`
  mutation ReadProtocol($text: String, $upload: Upload, $forum: String) {
    importDraft(text: $text, upload: $upload, forum: $forum) {
      draft {
        items {
          addressedTo
          agendaLabel
          answer {
            by
            person
            span {
              end
              start
            }
            text
          }
          belongsTo
          by
          carriedOver
          confidence
          due {
            byDate
            label
            nextMeeting
          }
          id
          kind
          link {
            action
            case
            commitment
            number
            reason
            score
            title
          }
          mbl
          onBalanceList
          outcome
          person
          preRegistered
          raisedBy
          registryNumber
          section
          sectionTitle
          sourceSpan {
            end
            start
          }
          sourceText
          statementKind
          text
          title
          to
        }
        meeting {
          absent {
            name
            party
            role
          }
          approvalDeadline
          approvers {
            name
            party
          }
          chair
          commentsDeadline
          date
          forum
          nextMeeting
          nextMeetingTime
          organization
          place
          present {
            name
            party
            role
          }
          previousMinutesApproved
          secretary
          time
        }
        sourceEncoding
        warnings
      }
      items
      links
      summary
      warnings
    }
  }
`);

const CommitProtocol = graphql(`
  mutation CommitProtocol($draft: ImportDraftInput!, $forum: String) {
    commitImport(draft: $draft, forum: $forum) {
      opened
      linked
      events
      meeting {
        date
        forum {
          code
        }
      }
    }
  }
`);

type Draft = ReadProtocolMutation['importDraft'];

/** Paste or upload a protocol, read it into a draft, look it over, and record it. */
export function ImportPage() {
  const { me } = useAuth();
  const client = useClient();
  const [{ data: forums }] = useQuery({ query: ImportForums });
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [forum, setForum] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [doneHref, setDoneHref] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (me && !me.canWrite) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Importera protokoll
        </Heading>
        <Paragraph>Du har inte behörighet att importera protokoll.</Paragraph>
      </>
    );
  }

  async function read(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    if (!file && !text.trim()) {
      setProblem('Klistra in protokollets text eller välj en fil.');
      return;
    }
    setBusy(true);
    const result = await client
      .mutation(ReadProtocol, file ? { upload: file, forum: forum || undefined } : { text, forum: forum || undefined })
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setProblem(swedishError(result.error));
      return;
    }
    setDraft(result.data.importDraft);
  }

  async function commit() {
    if (!draft) return;
    setProblem(null);
    setBusy(true);
    const result = await client.mutation(CommitProtocol, {
      // The draft goes back as it came, typed the same; only the client's type names go.
      draft: withoutTypenames(draft.draft) as ImportDraftInput,
      forum: forum || undefined,
    }).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setProblem(swedishError(result.error));
      return;
    }
    const saved = result.data.commitImport;
    setDone(`Protokollet är registrerat: ${saved.opened} nya ärenden, ${saved.linked} poster på tidigare ärenden.`);
    setDoneHref(saved.meeting ? meetingHref(saved.meeting.forum.code, saved.meeting.date) : null);
    setDraft(null);
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Importera protokoll
      </Heading>
      <Paragraph>Läs in ett protokoll, granska utkastet och registrera det. Inget sparas förrän du väljer Registrera.</Paragraph>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      {done && (
        <Alert data-color="success" role="status">
          {done} {doneHref && <Link to={doneHref}>Visa mötet</Link>}
        </Alert>
      )}
      <form onSubmit={read} className="stack" noValidate>
        <Field>
          <Label htmlFor="import-forum">Forum</Label>
          <Select id="import-forum" value={forum} onChange={(event) => setForum(event.target.value)}>
            <Select.Option value="">Det forum protokollet anger</Select.Option>
            {forums?.forums.map((f) => (
              <Select.Option key={f.id} value={f.code}>
                {f.code} – {f.name}, {f.organization}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield label="Protokollets text" multiline rows={10} value={text} onChange={(event) => setText(event.target.value)} />
        <Field>
          <Label htmlFor="import-fil">…eller en fil (PDF, Word eller text)</Label>
          <input id="import-fil" type="file" accept=".pdf,.docx,.txt,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </Field>
        <div>
          <Button type="submit" disabled={busy}>
            Läs in
          </Button>
        </div>
      </form>
      {draft && (
        <section aria-labelledby="rubrik-utkast" className="import-review">
          <Heading level={2} data-size="sm" id="rubrik-utkast">
            Utkast: {draft.items} poster, {draft.links} kopplingar till tidigare ärenden
          </Heading>
          {draft.warnings.length > 0 && (
            <Alert data-color="warning">
              <ul>
                {draft.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </Alert>
          )}
          <div className="side-by-side">
            <div>
              <Heading level={3} data-size="xs">
                Så läses protokollet
              </Heading>
              <pre className="draft-summary" tabIndex={0}>
                {draft.summary}
              </pre>
            </div>
            {text && (
              <div>
                <Heading level={3} data-size="xs">
                  Källtext
                </Heading>
                <pre className="draft-summary" tabIndex={0}>
                  {text}
                </pre>
              </div>
            )}
          </div>
          <Button onClick={() => void commit()} disabled={busy}>
            Registrera protokollet
          </Button>
        </section>
      )}
    </>
  );
}
