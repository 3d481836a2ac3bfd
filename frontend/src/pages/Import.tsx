import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'react-router';
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import type { DraftItemKind, ImportDraftInput, ReadProtocolMutation } from '../gql/graphql';
import { dropItem, hasDue, itemOfError, partyFields, setDueDate, setKind, setLink, setParty, splitAtBytes, withoutTypenames, type LinkableCase } from '../lib/draft';
import { canImport, useAuth } from '../lib/auth';
import { swedishError } from '../lib/client';
import { meetingHref } from '../lib/paths';
import { count } from '../lib/format';
import { capitalized } from '../lib/labels';

const ImportForums = graphql(`
  query ImportForums {
    forums {
      id
      code
      name
      organization
      unions
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
          struckOff
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
        text
        warnings
      }
      forum {
        id
        code
      }
      items
      links
      summary
      warnings
    }
  }
`);

const CommitProtocol = graphql(`
  mutation CommitProtocol($draft: ImportDraftInput!, $forum: String, $newForum: Boolean) {
    commitImport(draft: $draft, forum: $forum, newForum: $newForum) {
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

const OpenCases = graphql(`
  query ImportOpenCases($forum: ID!) {
    cases(filter: { forumId: $forum, status: OPEN }, first: 500) {
      edges {
        node {
          id
          number
          title
        }
      }
    }
  }
`);

type Read = ReadProtocolMutation['importDraft'];
type Draft = Read['draft'];
type Item = Draft['items'][number];

/** The choice of forum that makes a new one: never made unless the secretary picks it. */
const NEW_FORUM = '__nytt__';

const KINDS: [DraftItemKind, string][] = [
  ['QUESTION', 'Fråga'],
  ['COMMITMENT', 'Åtagande'],
  ['BOARD_MATTER', 'Nämndärende'],
  ['STATEMENT', 'Yttrande'],
  ['NEGOTIATION', 'Förhandling'],
  ['BALANCE_LIST_REVIEW', 'Genomgång av balanslistan (registreras inte)'],
  ['NONE_REGISTERED', 'Inget anmält (registreras inte)'],
];
const kindLabel = (kind: DraftItemKind) => KINDS.find(([value]) => value === kind)?.[1] ?? kind;

/** Paste or upload a protocol, read it into a draft, review it item by item, and record it. */
export function ImportPage() {
  const { me } = useAuth();
  const client = useClient();
  const [{ data: forums }] = useQuery({ query: ImportForums });
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [forum, setForum] = useState('');
  const [read, setRead] = useState<Read | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [target, setTarget] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [itemProblems, setItemProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [doneHref, setDoneHref] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenForum = forums?.forums.find((f) => f.code === target);
  const [{ data: openCases }] = useQuery({ query: OpenCases, variables: { forum: chosenForum?.id ?? '' }, pause: !chosenForum });

  if (me && !canImport(me)) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Importera protokoll
        </Heading>
        <Paragraph>
          Att importera protokoll kräver rollen sekreterare.{' '}
          {me.signedIn ? 'Be en administratör om sekreterarbehörighet.' : <Link to="/logga-in?return=/importera">Logga in</Link>}
        </Paragraph>
      </>
    );
  }

  async function readProtocol(event: FormEvent) {
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
    const found = result.data.importDraft;
    setRead(found);
    setDraft(found.draft);
    setItemProblems({});
    setSelected(found.draft.items[0]?.id ?? null);
    // The forum asked for or matched, to confirm; none chosen when none matches.
    setTarget(found.forum?.code ?? '');
  }

  async function commit() {
    if (!draft) return;
    setProblem(null);
    setItemProblems({});
    if (!target) {
      setProblem('Välj vilket forum protokollet ska registreras i, eller välj att skapa ett nytt forum.');
      return;
    }
    setBusy(true);
    const sent = draft;
    const result = await client
      .mutation(CommitProtocol, {
        // The corrected draft goes back typed as it came; only the client's type names go.
        draft: withoutTypenames(sent) as ImportDraftInput,
        forum: target === NEW_FORUM ? undefined : target,
        newForum: target === NEW_FORUM,
      })
      .toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      const message = swedishError(result.error) ?? 'Något gick fel.';
      const item = itemOfError(result.error, sent);
      if (item) {
        setItemProblems({ [item]: message });
        setSelected(item);
        setProblem('Protokollet registrerades inte: rätta posten som är markerad nedan. Inget har sparats.');
      } else {
        setProblem(message);
      }
      return;
    }
    const saved = result.data.commitImport;
    setDone(
      `Protokollet är registrerat: ${count(saved.opened, 'nytt ärende', 'nya ärenden')}, ${count(saved.linked, 'post', 'poster')} på tidigare ärenden.`,
    );
    setDoneHref(saved.meeting ? meetingHref(saved.meeting.forum.code, saved.meeting.date) : null);
    setDraft(null);
    setRead(null);
  }

  const parties = ['Arbetsgivaren', 'Fackliga organisationerna', ...(chosenForum?.unions ?? [])];
  const cases: LinkableCase[] = (openCases?.cases.edges ?? []).map((edge) => edge.node);

  return (
    <>
      <Heading level={1} data-size="lg">
        Importera protokoll
      </Heading>
      <Paragraph>Läs in ett protokoll, granska utkastet post för post och registrera det. Inget sparas förrän du väljer Registrera.</Paragraph>
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
      <form onSubmit={readProtocol} className="stack" noValidate>
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
      {read && draft && (
        <section aria-labelledby="rubrik-utkast" className="import-review">
          <Heading level={2} data-size="sm" id="rubrik-utkast">
            Utkast: {count(draft.items.length, 'post', 'poster')},{' '}
            {count(draft.items.filter((item) => item.link).length, 'koppling', 'kopplingar')} till tidigare ärenden
          </Heading>
          {read.warnings.length > 0 && (
            <Alert data-color="warning">
              <ul>
                {read.warnings.map((warning) => (
                  <li key={warning}>{capitalized(warning)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <Field>
            <Label htmlFor="import-mal">Registrera i forum</Label>
            <Select id="import-mal" value={target} onChange={(event) => setTarget(event.target.value)} aria-describedby="import-mal-om">
              {!read.forum && <Select.Option value="">Välj forum</Select.Option>}
              {forums?.forums.map((f) => (
                <Select.Option key={f.id} value={f.code}>
                  {f.code} – {f.name}, {f.organization}
                </Select.Option>
              ))}
              {!read.forum && <Select.Option value={NEW_FORUM}>Skapa ett nytt forum: {draft.meeting.forum ?? 'det protokollet anger'}</Select.Option>}
            </Select>
            <Paragraph data-size="sm" id="import-mal-om">
              {read.forum ? `Protokollet passar ${read.forum.code}. Bekräfta eller välj ett annat forum.` : 'Inget forum är valt ännu: välj i listan.'}
            </Paragraph>
          </Field>
          <div className="side-by-side">
            <div>
              <Heading level={3} data-size="xs">
                Poster
              </Heading>
              <Paragraph data-size="sm">
                Mötet: {draft.meeting.date ?? 'datum saknas'}
                {draft.meeting.time ? ` kl. ${draft.meeting.time}` : ''}
                {draft.meeting.place ? `, ${draft.meeting.place}` : ''}
              </Paragraph>
              <ol className="plain-list import-items">
                {draft.items.map((item, index) => (
                  <li key={item.id}>
                    <ItemReview
                      item={item}
                      index={index}
                      selected={selected === item.id}
                      problem={itemProblems[item.id]}
                      parties={parties}
                      cases={cases}
                      onSelect={() => setSelected(item.id)}
                      onKind={(kind) => setDraft(setKind(draft, index, kind))}
                      onParty={(field, party) => setDraft(setParty(draft, index, field, party))}
                      onDue={(date) => setDraft(setDueDate(draft, index, date))}
                      onLink={(link) => setDraft(setLink(draft, index, link))}
                      onDrop={() => {
                        setDraft(dropItem(draft, index));
                        setSelected(null);
                      }}
                    />
                  </li>
                ))}
              </ol>
            </div>
            <SourceText text={draft.text ?? ''} item={draft.items.find((item) => item.id === selected) ?? null} />
          </div>
          <Button onClick={() => void commit()} disabled={busy}>
            Registrera protokollet
          </Button>
        </section>
      )}
    </>
  );
}

/** One item of the draft with what the secretary may correct. */
function ItemReview(props: {
  item: Item;
  index: number;
  selected: boolean;
  problem?: string;
  parties: string[];
  cases: LinkableCase[];
  onSelect: () => void;
  onKind: (kind: DraftItemKind) => void;
  onParty: (field: 'raisedBy' | 'addressedTo' | 'by' | 'to', party: string) => void;
  onDue: (date: string) => void;
  onLink: (link: LinkableCase | null) => void;
  onDrop: () => void;
}) {
  const { item, index, problem } = props;
  const id = (field: string) => `post-${index}-${field}`;
  const heading = `${item.section ? `§ ${item.section} ` : ''}${kindLabel(item.kind)}: ${item.title}`;
  const linkOptions = props.cases.some((c) => c.id === item.link?.case) || !item.link ? props.cases : [{ id: item.link.case, number: item.link.number, title: item.link.title }, ...props.cases];
  return (
    <fieldset className={`import-item${props.selected ? ' import-item--selected' : ''}`} onFocus={props.onSelect} aria-describedby={problem ? id('fel') : undefined}>
      <legend>{heading}</legend>
      {problem && (
        <ValidationMessage id={id('fel')} role="alert">
          {problem}
        </ValidationMessage>
      )}
      <Field>
        <Label htmlFor={id('typ')}>Typ</Label>
        <Select id={id('typ')} value={item.kind} onChange={(event) => props.onKind(event.target.value as DraftItemKind)}>
          {KINDS.map(([value, label]) => (
            <Select.Option key={value} value={value}>
              {label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {partyFields(item.kind).map(([field, label]) => {
        const value = item[field] ?? '';
        const options = value && !props.parties.includes(value) ? [value, ...props.parties] : props.parties;
        return (
          <Field key={field}>
            <Label htmlFor={id(field)}>{label}</Label>
            <Select id={id(field)} value={value} onChange={(event) => props.onParty(field, event.target.value)}>
              <Select.Option value="">Inte angiven</Select.Option>
              {options.map((party) => (
                <Select.Option key={party} value={party}>
                  {party}
                </Select.Option>
              ))}
            </Select>
          </Field>
        );
      })}
      {hasDue(item.kind) && (
        <Textfield
          id={id('senast')}
          label="Senast (datum)"
          description={item.due?.label ? `I protokollet: ”${item.due.label}”` : undefined}
          type="date"
          lang="sv"
          value={item.due?.byDate ?? ''}
          onChange={(event) => props.onDue(event.target.value)}
        />
      )}
      <Field>
        <Label htmlFor={id('koppling')}>Koppling till tidigare ärende</Label>
        <Select
          id={id('koppling')}
          value={item.link?.case ?? ''}
          onChange={(event) => props.onLink(linkOptions.find((c) => c.id === event.target.value) ?? null)}
          aria-describedby={item.link ? id('koppling-om') : undefined}
        >
          <Select.Option value="">Nytt ärende</Select.Option>
          {linkOptions.map((c) => (
            <Select.Option key={c.id} value={c.id}>
              {c.number} – {c.title}
            </Select.Option>
          ))}
        </Select>
        {item.link && (
          <Paragraph data-size="sm" id={id('koppling-om')}>
            Förs till {item.link.number}: {item.link.reason}
          </Paragraph>
        )}
      </Field>
      {(item.struckOff || item.onBalanceList) && <Paragraph data-size="sm">{item.struckOff ? 'Avförs från balanslistan vid mötet.' : 'Står på balanslistan efter mötet.'}</Paragraph>}
      <div className="import-item__actions">
        <Button variant="secondary" data-size="sm" onClick={props.onSelect} aria-pressed={props.selected}>
          Visa i texten
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={props.onDrop}>
          Ta bort posten
        </Button>
      </div>
    </fieldset>
  );
}

/** The protocol's text as read, with the selected item's span marked and scrolled to. */
function SourceText({ text, item }: { text: string; item: Item | null }) {
  const box = useRef<HTMLPreElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    // Within the text's own box only: the page stays where the secretary is working.
    if (box.current && mark.current) box.current.scrollTop = Math.max(0, mark.current.offsetTop - box.current.offsetTop - 48);
  }, [item]);
  const [before, span, after] = item ? splitAtBytes(text, item.sourceSpan.start, item.sourceSpan.end) : [text, '', ''];
  return (
    <div className="import-source">
      <Heading level={3} data-size="xs" id="rubrik-kalltext">
        Källtext
      </Heading>
      <pre className="draft-summary" tabIndex={0} ref={box} aria-labelledby="rubrik-kalltext">
        {before}
        {span && <mark ref={mark}>{span}</mark>}
        {after}
      </pre>
    </div>
  );
}
