import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useClient, useQuery, type Client, type CombinedError } from 'urql';
import { Link, useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import type { Mbl, Resolution, StatementKind } from '../gql/graphql';
import { ownParty, useAuth } from '../lib/auth';
import { swedishError } from '../lib/client';
import { formatDate } from '../lib/format';
import { caseHref } from '../lib/paths';
import { ACTIONS, actionById, initialValues, optional, validate, type ActionSpec, type FieldSpec, type Values } from '../lib/registerForms';

const ContextQuery = graphql(`
  query RegisterContext($forum: ID!, $hasForum: Boolean!) {
    forums {
      id
      code
      name
      unions
      meetings {
        id
        date
        held
      }
    }
    cases(filter: { forumId: $forum }, first: 500) @include(if: $hasForum) {
      edges {
        node {
          id
          number
          title
          status
        }
      }
    }
  }
`);

const RaiseQuestion = graphql(`
  mutation RaiseQuestion($input: RaiseQuestionInput!) {
    raiseQuestion(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const AnswerQuestion = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const AskFollowUp = graphql(`
  mutation AskFollowUp($input: AskFollowUpInput!) {
    askFollowUp(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const MakeCommitment = graphql(`
  mutation MakeCommitment($input: MakeCommitmentInput!) {
    makeCommitment(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const FulfilCommitment = graphql(`
  mutation FulfilCommitment($input: FulfilCommitmentInput!) {
    fulfilCommitment(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const RenewCommitment = graphql(`
  mutation RenewCommitment($input: RenewCommitmentInput!) {
    renewCommitment(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const AddToBalanceList = graphql(`
  mutation AddToBalanceList($input: AddToBalanceListInput!) {
    addToBalanceList(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const RemoveFromBalanceList = graphql(`
  mutation RemoveFromBalanceList($input: RemoveFromBalanceListInput!) {
    removeFromBalanceList(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const CloseCase = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const RecordStatement = graphql(`
  mutation RecordStatement($input: RecordStatementInput!) {
    recordStatement(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);
const RegisterBoardMatter = graphql(`
  mutation RegisterBoardMatter($input: RegisterBoardMatterInput!) {
    registerBoardMatter(input: $input) {
      case {
        id
        number
        title
      }
    }
  }
`);

interface Outcome {
  error?: CombinedError;
  written?: { number: string; title: string };
}

interface Where {
  forumId: string;
  meetingId?: string;
}

/** Sends the chosen command; every value was checked by `validate` first. */
async function send(client: Client, action: string, v: Values, where: Where): Promise<Outcome> {
  const meetingId = where.meetingId;
  const text = (name: string) => v[name]?.trim() ?? '';
  const caseId = text('caseId');
  const due = { dueLabel: optional(v, 'dueLabel'), dueDate: optional(v, 'dueDate') };
  const done = <T extends { case: { number: string; title: string } }>(result: { error?: CombinedError; data?: Record<string, T> | null }): Outcome => {
    const payload = result.data ? Object.values(result.data)[0] : undefined;
    return { error: result.error, written: payload?.case };
  };
  switch (action) {
    case 'fraga':
      return done(
        await client
          .mutation(RaiseQuestion, {
            input: {
              forumId: where.forumId,
              meetingId,
              raisedBy: text('raisedBy'),
              addressedTo: text('addressedTo'),
              title: text('title'),
              text: text('text'),
              askedBy: optional(v, 'askedBy'),
              section: optional(v, 'section'),
              preRegistered: v.preRegistered === 'ja',
            },
          })
          .toPromise(),
      );
    case 'svar': {
      const what = optional(v, 'commitmentWhat');
      return done(
        await client
          .mutation(AnswerQuestion, {
            input: {
              caseId,
              meetingId,
              by: text('by'),
              text: text('text'),
              person: optional(v, 'person'),
              commitment: what ? { by: text('by'), what, ...due } : undefined,
            },
          })
          .toPromise(),
      );
    }
    case 'foljdfraga':
      return done(await client.mutation(AskFollowUp, { input: { caseId, meetingId, by: text('by'), text: text('text') } }).toPromise());
    case 'atagande':
      return done(
        await client
          .mutation(MakeCommitment, {
            input: { caseId, meetingId, by: text('by'), what: text('what'), to: optional(v, 'to'), person: optional(v, 'person'), ...due },
          })
          .toPromise(),
      );
    case 'uppfyllt':
      return done(
        await client.mutation(FulfilCommitment, { input: { caseId, meetingId, commitment: Number(text('commitment')), note: optional(v, 'note') } }).toPromise(),
      );
    case 'fornya':
      return done(
        await client
          .mutation(RenewCommitment, { input: { caseId, meetingId, commitment: Number(text('commitment')), note: optional(v, 'note'), ...due } })
          .toPromise(),
      );
    case 'balanslista-in':
      return done(await client.mutation(AddToBalanceList, { input: { caseId, meetingId, note: optional(v, 'note') } }).toPromise());
    case 'balanslista-ut':
      return done(await client.mutation(RemoveFromBalanceList, { input: { caseId, meetingId, note: optional(v, 'note') } }).toPromise());
    case 'avsluta':
      return done(
        await client.mutation(CloseCase, { input: { caseId, meetingId, resolution: text('resolution') as Resolution, note: optional(v, 'note') } }).toPromise(),
      );
    case 'yttrande':
      return done(
        await client
          .mutation(RecordStatement, { input: { caseId, meetingId, kind: text('kind') as StatementKind, party: text('party'), text: text('text') } })
          .toPromise(),
      );
    case 'namndarende':
      return done(
        await client
          .mutation(RegisterBoardMatter, {
            input: {
              forumId: where.forumId,
              meetingId,
              title: text('title'),
              text: text('text'),
              registryNumber: optional(v, 'registryNumber'),
              mbl: (optional(v, 'mbl') as Mbl | undefined) ?? undefined,
              section: optional(v, 'section'),
            },
          })
          .toPromise(),
      );
    default:
      throw new Error(`unknown action ${action satisfies string}`);
  }
}

function FormField({ field, value, error, onChange, parties, cases, autoFocus }: {
  field: FieldSpec;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  parties: string;
  cases: string;
  autoFocus: boolean;
}) {
  const id = `falt-${field.name}`;
  if (field.kind === 'checkbox') {
    return <Checkbox id={id} label={field.label} checked={value === 'ja'} onChange={(event) => onChange(event.target.checked ? 'ja' : '')} />;
  }
  if (field.kind === 'select') {
    return (
      <Field>
        <Label htmlFor={id}>{field.label}</Label>
        <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined}>
          {field.options?.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }
  const common = {
    id,
    label: field.required ? `${field.label} (krävs)` : field.label,
    description: field.description,
    error,
    value,
    autoFocus,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  if (field.kind === 'textarea') return <Textfield {...common} multiline rows={3} />;
  return (
    <Textfield
      {...common}
      type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
      min={field.kind === 'number' ? 1 : undefined}
      list={field.kind === 'party' ? parties : field.kind === 'case' ? cases : undefined}
      autoComplete="off"
    />
  );
}

export function Register() {
  const { me } = useAuth();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const action: ActionSpec = actionById(params.get('atgard'));
  const forum = params.get('forum') ?? '';
  const [{ data, error: contextError }, refetchContext] = useQuery({
    query: ContextQuery,
    variables: { forum, hasForum: forum !== '' },
  });
  // A party's representative writes only for their party, in the forums it sits in (the
  // employer sits in all); a secretary or an admin writes for anyone.
  const own = me && !me.grants.some((g) => g.role === 'secretary' || g.role === 'admin') ? ownParty(me) : null;
  const forums = useMemo(
    () =>
      (data?.forums ?? []).filter(
        (f) => !own || own === 'Arbetsgivaren' || f.unions.length === 0 || f.unions.includes(own),
      ),
    [data, own],
  );
  const chosenForum = forums.find((f) => f.code === forum);
  const meeting = params.get('mote') ?? '';

  const [values, setValues] = useState<Values>(() => initialValues(action, {}, own));
  // Who is signed in may be known only after the first render.
  useEffect(() => {
    if (!own) return;
    setValues((current) => {
      const next = { ...current };
      for (const field of action.fields) if (field.acting) next[field.name] = own;
      return next;
    });
  }, [own, action]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [written, setWritten] = useState<{ number: string; title: string; what: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // A forum is needed to number new cases: the first one is taken until the user picks (or
  // when the one in the address is not one this person writes in).
  useEffect(() => {
    if ((!forum || (data && !forums.some((f) => f.code === forum))) && forums[0]) {
      const next = new URLSearchParams(params);
      next.set('forum', forums[0].code);
      setParams(next, { replace: true });
    }
  }, [forum, forums, data, params, setParams]);

  function choose(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'forum') next.delete('mote');
    setParams(next, { replace: true });
  }

  function chooseAction(id: string) {
    const next = actionById(id);
    setValues((current) => initialValues(next, current, own));
    setProblems({});
    setServerError(null);
    choose('atgard', id);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWritten(null);
    setServerError(null);
    const found = validate(action, values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const outcome = await send(client, action.id, values, { forumId: forum, meetingId: meeting || undefined });
      if (outcome.error || !outcome.written) {
        // What was typed stays, so it can be corrected and sent again.
        setServerError(swedishError(outcome.error) ?? 'Något gick fel.');
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
      setWritten({ ...outcome.written, what: action.label });
      setValues(initialValues(action, action.fields.some((f) => f.name === 'caseId') ? { caseId: values.caseId ?? '' } : {}, own));
      refetchContext({ requestPolicy: 'network-only' });
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  if (me && !me.canWrite) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Registrera
        </Heading>
        <Paragraph>Du har inte behörighet att registrera. {me.signedIn ? 'Be en administratör om sekreterarbehörighet.' : <Link to="/logga-in?return=/registrera">Logga in</Link>}</Paragraph>
      </>
    );
  }

  const parties = ['Arbetsgivaren', 'Fackliga organisationerna', ...(chosenForum?.unions ?? [])];
  const cases = (data?.cases?.edges ?? []).map((edge) => edge.node);
  const meetings = [...(chosenForum?.meetings ?? [])].reverse();
  const problemList = Object.entries(problems);

  return (
    <>
      <Heading level={1} data-size="lg">
        Registrera
      </Heading>
      <Paragraph>Det du registrerar sparas direkt och syns för alla. Tabb flyttar mellan fälten, Enter sparar (Ctrl+Enter i en textruta).</Paragraph>
      {contextError && <Alert data-color="danger">{swedishError(contextError)}</Alert>}
      <div className="register-context">
        <Field>
          <Label htmlFor="val-forum">Forum</Label>
          <Select id="val-forum" value={forum} onChange={(event) => choose('forum', event.target.value)}>
            {forums.map((f) => (
              <Select.Option key={f.id} value={f.code}>
                {f.code} – {f.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="val-mote">Möte</Label>
          <Select id="val-mote" value={meeting} onChange={(event) => choose('mote', event.target.value)}>
            <Select.Option value="">Utanför möte (i dag)</Select.Option>
            {meetings.map((m) => (
              <Select.Option key={m.id} value={`${forum} ${m.date}`}>
                {formatDate(m.date)}
                {m.held ? '' : ' (planerat)'}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="val-atgard">Vad vill du registrera?</Label>
          <Select id="val-atgard" value={action.id} onChange={(event) => chooseAction(event.target.value)}>
            {ACTIONS.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div ref={summary} tabIndex={-1} className="register-feedback">
        {written && (
          <Alert data-color="success" role="status">
            Sparat: {written.what.toLowerCase()} på <Link to={caseHref(written.number)}>{written.number}</Link> {written.title}.
          </Alert>
        )}
        {serverError && (
          <Alert data-color="danger" role="alert">
            Det gick inte att spara: {serverError}
          </Alert>
        )}
        {problemList.length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>Rätta detta innan du sparar</ErrorSummary.Heading>
            <ErrorSummary.List>
              {problemList.map(([name, text]) => (
                <ErrorSummary.Item key={name}>
                  <ErrorSummary.Link href={`#falt-${name}`}>{text}</ErrorSummary.Link>
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
      </div>
      <form
        onSubmit={submit}
        onKeyDown={(event) => {
          // In a text area Enter makes a new line; Ctrl+Enter saves from anywhere in the form.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
        noValidate
        className="stack register-form"
        aria-label={action.label}
      >
        <Heading level={2} data-size="sm">
          {action.label}
        </Heading>
        {action.fields.map((field, index) => (
          <FormField
            key={`${action.id}-${field.name}`}
            field={field}
            value={values[field.name] ?? ''}
            error={problems[field.name]}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
            parties="parter"
            cases="arenden"
            autoFocus={index === 0 && params.has('atgard')}
          />
        ))}
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? 'Sparar…' : 'Spara'}
          </Button>
        </div>
      </form>
      <datalist id="parter">
        {parties.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="arenden">
        {cases.map((c) => (
          <option key={c.id} value={c.number}>
            {c.title}
          </option>
        ))}
      </datalist>
    </>
  );
}

