import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Link } from 'react-router';
import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { graphql } from '../gql';
import { useAuth, type Me } from '../lib/auth';
import { errorCode, swedishError } from '../lib/client';
import { formatDate, formatDateTime } from '../lib/format';
import { capitalized, useLabels } from '../lib/labels';
import {
  describeGrant,
  grantInput,
  isAdmin,
  MIN_PASSWORD_CHARS,
  personProblems,
  ROLES,
  tokenProblems,
  tokenStatus,
  type GrantFields,
  type PersonFields,
  type Problems,
  type RoleCode,
  type TokenFields,
} from '../lib/admin';
import { ErrorMessage, Loading } from '../components/Status';

const AdminQuery = graphql(`
  query Admin {
    people {
      username
      name
      hasPassword
      grants {
        ...GrantParts
      }
    }
    apiTokens {
      id
      name
      expires
      revoked
      expired
      createdAt
      createdBy
      grants {
        ...GrantParts
      }
    }
    forums {
      id
      code
      name
      unions
    }
  }

  fragment GrantParts on AccessGrant {
    role
    party
    forum {
      id
      code
    }
  }
`);

const AddPerson = graphql(`
  mutation AddPerson($username: String!, $name: String, $password: String, $oidc: Boolean, $grants: [GrantInput!]!) {
    addPerson(username: $username, name: $name, password: $password, oidc: $oidc, grants: $grants) {
      person {
        username
        name
      }
      password
    }
  }
`);

const SetPassword = graphql(`
  mutation SetPassword($username: String!) {
    setPassword(username: $username) {
      username
      password
    }
  }
`);

const SetGrants = graphql(`
  mutation SetGrants($username: String!, $grants: [GrantInput!]!) {
    setGrants(username: $username, grants: $grants) {
      username
      name
    }
  }
`);

const RemovePerson = graphql(`
  mutation RemovePerson($username: String!) {
    removePerson(username: $username)
  }
`);

const CreateApiToken = graphql(`
  mutation CreateApiToken($name: String!, $role: Role!, $party: String, $forum: ID, $expires: Date) {
    createApiToken(name: $name, role: $role, party: $party, forum: $forum, expires: $expires) {
      token {
        id
        name
      }
      secret
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      name
    }
  }
`);

type Forum = { id: string; code: string; name: string; unions: string[] };

/** What a section says after an action: done (with a secret shown once) or refused. */
type Feedback = { kind: 'done'; text: string; secret?: { label: string; value: string; what: string } } | { kind: 'error'; text: string };

function feedbackOf(error: CombinedError | undefined, done: Feedback): Feedback {
  return error ? { kind: 'error', text: swedishError(error) ?? 'Något gick fel.' } : done;
}

/** Today in Sweden as an ISO date. */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

export function AdminPage() {
  const { me } = useAuth();
  if (!me) return <Loading what="behörigheter" />;
  if (!isAdmin(me)) return <NotAdmin me={me} />;
  return <Administration me={me} />;
}

function NotAdmin({ me }: { me: Me }) {
  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        Administration
      </Heading>
      <Alert data-color="info">
        {me.signedIn ? (
          <Paragraph>
            Administrationen av personer och API-nycklar är bara för administratörer, och {me.principal?.name ?? 'du'} är inte administratör. Be en
            administratör om du behöver ändra något.
          </Paragraph>
        ) : (
          <Paragraph>
            Administrationen av personer och API-nycklar är bara för administratörer. <Link to="/logga-in?return=/admin">Logga in</Link> som
            administratör.
          </Paragraph>
        )}
      </Alert>
    </div>
  );
}

function Administration({ me }: { me: Me }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: AdminQuery, requestPolicy: 'network-only' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return <NotAdmin me={{ ...me, signedIn: code === 'FORBIDDEN' }} />;
  const forums = data?.forums ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        Administration
      </Heading>
      <Paragraph>Här styr du vem som får logga in och vad de får göra, och vilka API-nycklar instrumentpaneler och skript får använda. Ändringar gäller direkt.</Paragraph>
      <ErrorMessage error={error} />
      {!data && fetching && <Loading what="personer och API-nycklar" />}
      {data && (
        <>
          <People people={data.people} forums={forums} me={me} reload={reload} />
          <Tokens tokens={data.apiTokens} forums={forums} reload={reload} />
        </>
      )}
      <datalist id="admin-parter">
        {['Arbetsgivaren', 'Fackliga organisationerna', ...new Set(forums.flatMap((f) => f.unions))].map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </>
  );
}

/** A section's outcome, focused when it changes so that a screen reader hears it. */
function FeedbackBox({ feedback, target }: { feedback: Feedback | null; target: RefObject<HTMLDivElement | null> }) {
  return (
    <div ref={target} tabIndex={-1} className="register-feedback">
      {feedback?.kind === 'done' && (
        <Alert data-color="success" role="status">
          <Paragraph>{feedback.text}</Paragraph>
          {feedback.secret && <OneTimeSecret {...feedback.secret} />}
        </Alert>
      )}
      {feedback?.kind === 'error' && (
        <Alert data-color="danger" role="alert">
          {feedback.text}
        </Alert>
      )}
    </div>
  );
}

/** A password or token shown this once, with a copy button. */
function OneTimeSecret({ label, value, what }: { label: string; value: string; what: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Kopierat.');
    } catch {
      setCopied('Kunde inte kopiera: markera texten och kopiera den själv.');
    }
  }
  return (
    <div className="stack">
      <Paragraph>
        <strong>Kopiera {what} nu: den visas inte igen.</strong>
      </Paragraph>
      <div className="secret-row">
        <Textfield label={label} value={value} readOnly className="secret" onFocus={(event) => event.target.select()} />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Kopiera
        </Button>
      </div>
      <span role="status">{copied}</span>
    </div>
  );
}

/** The role, party and forum of a grant, as form fields. */
function GrantEditor({ id, fields, onChange, forums, problems }: { id: string; fields: GrantFields; onChange: (fields: GrantFields) => void; forums: Forum[]; problems: Problems }) {
  const label = useLabels();
  return (
    <>
      <Field>
        <Label htmlFor={`${id}-roll`}>Roll</Label>
        <Select id={`${id}-roll`} value={fields.role} onChange={(event) => onChange({ ...fields, role: event.target.value as RoleCode })}>
          {ROLES.map((role) => (
            <Select.Option key={role} value={role}>
              {capitalized(label('Role', role))}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {fields.role === 'PARTY' && (
        <Textfield
          id={`${id}-part`}
          label="Part (krävs)"
          description="Arbetsgivaren, Fackliga organisationerna eller ett förbund"
          list="admin-parter"
          autoComplete="off"
          value={fields.party}
          error={problems.party}
          onChange={(event) => onChange({ ...fields, party: event.target.value })}
        />
      )}
      {fields.role !== 'ADMIN' && fields.role !== 'READER' && (
        <Field>
          <Label htmlFor={`${id}-forum`}>Forum</Label>
          <Select id={`${id}-forum`} value={fields.forum} onChange={(event) => onChange({ ...fields, forum: event.target.value })}>
            <Select.Option value="">Alla forum</Select.Option>
            {forums.map((forum) => (
              <Select.Option key={forum.id} value={forum.code}>
                {forum.code} – {forum.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

/** Moves focus to the first field a form's check found a problem in (`ids`: field → element id). */
function focusFirstProblem(problems: Problems, ids: Record<string, string>) {
  const first = Object.entries(ids).find(([field]) => problems[field]);
  if (first) requestAnimationFrame(() => document.getElementById(first[1])?.focus());
}

type PersonRow = { username: string; name: string; hasPassword: boolean; grants: { role: RoleCode; party?: string | null; forum?: { id: string; code: string } | null }[] };

function People({ people, forums, me, reload }: { people: PersonRow[]; forums: Forum[]; me: Me; reload: () => void }) {
  const label = useLabels();
  const roleLabel = (role: RoleCode) => label('Role', role);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [editing, setEditing] = useState<{ username: string; fields: GrantFields } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [, setPassword] = useMutation(SetPassword);
  const [, setGrants] = useMutation(SetGrants);
  const [, removePerson] = useMutation(RemovePerson);

  function tell(next: Feedback) {
    setFeedback(next);
    requestAnimationFrame(() => box.current?.focus());
  }

  async function resetPassword(person: PersonRow) {
    const result = await setPassword({ username: person.username });
    const password = result.data?.setPassword.password;
    tell(
      feedbackOf(result.error, {
        kind: 'done',
        text: `${person.name} har fått ett nytt lösenord.`,
        secret: password ? { label: `Nytt lösenord för ${person.username}`, value: password, what: 'lösenordet' } : undefined,
      }),
    );
    reload();
  }

  async function saveGrants(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    if (editing.fields.role === 'PARTY' && !editing.fields.party.trim()) return;
    const result = await setGrants({ username: editing.username, grants: [grantInput(editing.fields)] });
    const grant = grantInput(editing.fields);
    const described = describeGrant({ ...grant, forum: grant.forum ? { code: grant.forum } : null }, roleLabel);
    tell(feedbackOf(result.error, { kind: 'done', text: `${result.data?.setGrants.name ?? editing.username} har nu rollen ${described}.` }));
    if (!result.error) setEditing(null);
    reload();
  }

  async function remove(person: PersonRow) {
    const result = await removePerson({ username: person.username });
    setConfirming(null);
    tell(feedbackOf(result.error, { kind: 'done', text: `${person.name} (${person.username}) är borttagen och kan inte längre logga in.` }));
    reload();
  }

  return (
    <section aria-labelledby="personer">
      <Heading level={2} data-size="md" id="personer">
        Personer
      </Heading>
      <FeedbackBox feedback={feedback} target={box} />
      <div className="table-scroll" role="region" aria-label="Personer som kan logga in" tabIndex={0}>
        <Table zebra className="stack-table admin-table">
          <caption className="visually-hidden">Personer som kan logga in, med roller</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Användarnamn</Table.HeaderCell>
              <Table.HeaderCell>Namn</Table.HeaderCell>
              <Table.HeaderCell>Roller</Table.HeaderCell>
              <Table.HeaderCell>Inloggning</Table.HeaderCell>
              <Table.HeaderCell>Ändra</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {people.map((person) => {
              const self = me.principal?.id === `person:${person.username}`;
              const first = person.grants[0];
              return (
                <Table.Row key={person.username}>
                  <Table.Cell data-label="Användarnamn">
                    <strong>{person.username}</strong>
                    {self && ' (du)'}
                  </Table.Cell>
                  <Table.Cell data-label="Namn">{person.name}</Table.Cell>
                  <Table.Cell data-label="Roller">{person.grants.map((grant) => describeGrant(grant, roleLabel)).join(', ') || '–'}</Table.Cell>
                  <Table.Cell data-label="Inloggning">{person.hasPassword ? 'Lösenord' : 'Kommunens inloggning'}</Table.Cell>
                  <Table.Cell data-label="Ändra">
                    {editing?.username === person.username ? (
                      <form className="stack" onSubmit={(event) => void saveGrants(event)} aria-label={`Ändra roll för ${person.username}`} noValidate>
                        <GrantEditor
                          id={`roll-${person.username}`}
                          fields={editing.fields}
                          forums={forums}
                          problems={editing.fields.role === 'PARTY' && !editing.fields.party.trim() ? { party: 'Välj vilken part personen företräder.' } : {}}
                          onChange={(fields) => setEditing({ username: person.username, fields })}
                        />
                        <div className="actions">
                          <Button type="submit" data-size="sm">
                            Spara roll
                          </Button>
                          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setEditing(null)}>
                            Avbryt
                          </Button>
                        </div>
                      </form>
                    ) : confirming === person.username ? (
                      <div className="stack" role="group" aria-label={`Bekräfta att ${person.username} tas bort`}>
                        <Paragraph data-size="sm">Ta bort {person.name}? Personen kan inte längre logga in.</Paragraph>
                        <div className="actions">
                          <Button type="button" data-color="danger" data-size="sm" autoFocus onClick={() => void remove(person)}>
                            Ja, ta bort {person.username}
                          </Button>
                          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setConfirming(null)}>
                            Avbryt
                          </Button>
                        </div>
                      </div>
                    ) : (
                      <div className="actions">
                        <Button
                          type="button"
                          variant="secondary"
                          data-size="sm"
                          aria-label={`Ändra roll för ${person.username}`}
                          onClick={() => setEditing({ username: person.username, fields: { role: first?.role ?? 'READER', party: first?.party ?? '', forum: first?.forum?.code ?? '' } })}
                        >
                          Ändra roll
                        </Button>
                        <Button type="button" variant="secondary" data-size="sm" aria-label={`Nytt lösenord för ${person.username}`} onClick={() => void resetPassword(person)}>
                          Nytt lösenord
                        </Button>
                        {!self && (
                          <Button type="button" variant="tertiary" data-color="danger" data-size="sm" aria-label={`Ta bort ${person.username}`} onClick={() => setConfirming(person.username)}>
                            Ta bort
                          </Button>
                        )}
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      <AddPersonForm forums={forums} tell={tell} reload={reload} />
    </section>
  );
}

const NEW_PERSON: PersonFields = { username: '', name: '', role: 'READER', party: '', forum: '', signIn: 'password', password: '' };

function AddPersonForm({ forums, tell, reload }: { forums: Forum[]; tell: (feedback: Feedback) => void; reload: () => void }) {
  const [fields, setFields] = useState<PersonFields>(NEW_PERSON);
  const [problems, setProblems] = useState<Problems>({});
  const [{ fetching }, addPerson] = useMutation(AddPerson);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = personProblems(fields);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found, { username: 'ny-anvandarnamn', party: 'ny-part', password: 'ny-losenord' });
      return;
    }
    const oidc = fields.signIn === 'oidc';
    const result = await addPerson({
      username: fields.username.trim(),
      name: fields.name.trim() || null,
      password: oidc ? null : fields.password || null,
      oidc,
      grants: [grantInput(fields)],
    });
    const added = result.data?.addPerson;
    const how = oidc ? 'med kommunens inloggning' : 'med sitt lösenord';
    tell(
      feedbackOf(result.error, {
        kind: 'done',
        text: `${added?.person.name ?? fields.username} kan nu logga in ${how} som ${added?.person.username ?? fields.username}.`,
        secret: added?.password ? { label: `Lösenord för ${added.person.username}`, value: added.password, what: 'lösenordet' } : undefined,
      }),
    );
    // What was typed stays when the server refused it.
    if (!result.error) setFields(NEW_PERSON);
    reload();
  }

  return (
    <form className="stack admin-form" onSubmit={(event) => void submit(event)} aria-labelledby="ny-person" noValidate>
      <Heading level={3} data-size="sm" id="ny-person">
        Lägg till en person
      </Heading>
      <Textfield id="ny-anvandarnamn" label="Användarnamn (krävs)" autoComplete="off" value={fields.username} error={problems.username} onChange={(event) => setFields({ ...fields, username: event.target.value })} />
      <Textfield id="ny-namn" label="Namn" description="Som det visas i historiken; tomt: användarnamnet" autoComplete="off" value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
      <GrantEditor id="ny" fields={fields} forums={forums} problems={problems} onChange={(grant) => setFields({ ...fields, ...grant })} />
      <Fieldset>
        <Fieldset.Legend>Inloggning</Fieldset.Legend>
        <Radio name="ny-inloggning" label="Med lösenord" value="password" checked={fields.signIn === 'password'} onChange={() => setFields({ ...fields, signIn: 'password' })} />
        <Radio name="ny-inloggning" label="Med kommunens inloggning (OpenID Connect)" value="oidc" checked={fields.signIn === 'oidc'} onChange={() => setFields({ ...fields, signIn: 'oidc', password: '' })} />
      </Fieldset>
      {fields.signIn === 'password' && (
        <Textfield
          id="ny-losenord"
          label="Lösenord"
          description={`Minst ${MIN_PASSWORD_CHARS} tecken. Lämna tomt så skapas ett som visas en gång.`}
          type="password"
          autoComplete="new-password"
          value={fields.password}
          error={problems.password}
          onChange={(event) => setFields({ ...fields, password: event.target.value })}
        />
      )}
      <div>
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Sparar…' : 'Lägg till person'}
        </Button>
      </div>
    </form>
  );
}

type TokenRow = {
  id: string;
  name: string;
  expires?: string | null;
  revoked: boolean;
  expired: boolean;
  createdAt: string;
  createdBy: string;
  grants: PersonRow['grants'];
};

function Tokens({ tokens, forums, reload }: { tokens: TokenRow[]; forums: Forum[]; reload: () => void }) {
  const label = useLabels();
  const roleLabel = (role: RoleCode) => label('Role', role);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [, revokeToken] = useMutation(RevokeApiToken);

  function tell(next: Feedback) {
    setFeedback(next);
    requestAnimationFrame(() => box.current?.focus());
  }

  async function revoke(token: TokenRow) {
    const result = await revokeToken({ id: token.id });
    setConfirming(null);
    tell(feedbackOf(result.error, { kind: 'done', text: `API-nyckeln ${token.name} är återkallad och fungerar inte längre.` }));
    reload();
  }

  return (
    <section aria-labelledby="api-nycklar">
      <Heading level={2} data-size="md" id="api-nycklar">
        API-nycklar
      </Heading>
      <Paragraph>En API-nyckel låter en instrumentpanel eller ett skript använda API:t, skickad som <code>Authorization: Bearer …</code>.</Paragraph>
      <FeedbackBox feedback={feedback} target={box} />
      {tokens.length === 0 ? (
        <Paragraph>Inga API-nycklar ännu.</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-label="API-nycklar" tabIndex={0}>
          <Table zebra className="stack-table admin-table">
            <caption className="visually-hidden">API-nycklar, nyaste först</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Namn</Table.HeaderCell>
                <Table.HeaderCell>Roll</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Skapad</Table.HeaderCell>
                <Table.HeaderCell>Ändra</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tokens.map((token) => (
                <Table.Row key={token.id}>
                  <Table.Cell data-label="Namn">
                    <strong>{token.name}</strong>
                  </Table.Cell>
                  <Table.Cell data-label="Roll">{token.grants.map((grant) => describeGrant(grant, roleLabel)).join(', ')}</Table.Cell>
                  <Table.Cell data-label="Status">
                    {tokenStatus(token)}
                    {token.expires && !token.revoked && <div className="muted">{token.expired ? 'gick ut' : 'gäller till och med'} {formatDate(token.expires)}</div>}
                  </Table.Cell>
                  <Table.Cell data-label="Skapad">
                    {formatDateTime(token.createdAt)}
                    <div className="muted">av {token.createdBy}</div>
                  </Table.Cell>
                  <Table.Cell data-label="Ändra">
                    {token.revoked ? (
                      '–'
                    ) : confirming === token.id ? (
                      <div className="stack" role="group" aria-label={`Bekräfta att ${token.name} återkallas`}>
                        <Paragraph data-size="sm">Återkalla {token.name}? Det som använder nyckeln slutar fungera direkt.</Paragraph>
                        <div className="actions">
                          <Button type="button" data-color="danger" data-size="sm" autoFocus onClick={() => void revoke(token)}>
                            Ja, återkalla {token.name}
                          </Button>
                          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setConfirming(null)}>
                            Avbryt
                          </Button>
                        </div>
                      </div>
                    ) : (
                      <Button type="button" variant="tertiary" data-color="danger" data-size="sm" aria-label={`Återkalla ${token.name}`} onClick={() => setConfirming(token.id)}>
                        Återkalla
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <CreateTokenForm forums={forums} tell={tell} reload={reload} />
    </section>
  );
}

const NEW_TOKEN: TokenFields = { name: '', role: 'READER', party: '', forum: '', expires: '' };

function CreateTokenForm({ forums, tell, reload }: { forums: Forum[]; tell: (feedback: Feedback) => void; reload: () => void }) {
  const [fields, setFields] = useState<TokenFields>(NEW_TOKEN);
  const [problems, setProblems] = useState<Problems>({});
  const [{ fetching }, createToken] = useMutation(CreateApiToken);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = tokenProblems(fields, today());
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found, { name: 'nyckel-namn', party: 'nyckel-part', expires: 'nyckel-giltig' });
      return;
    }
    const grant = grantInput(fields);
    const result = await createToken({ name: fields.name.trim(), ...grant, expires: fields.expires || null });
    const created = result.data?.createApiToken;
    tell(
      feedbackOf(result.error, {
        kind: 'done',
        text: `API-nyckeln ${created?.token.name ?? fields.name} är skapad.`,
        secret: created ? { label: `API-nyckel ${created.token.name}`, value: created.secret, what: 'nyckeln' } : undefined,
      }),
    );
    if (!result.error) setFields(NEW_TOKEN);
    reload();
  }

  return (
    <form className="stack admin-form" onSubmit={(event) => void submit(event)} aria-labelledby="ny-nyckel" noValidate>
      <Heading level={3} data-size="sm" id="ny-nyckel">
        Skapa en API-nyckel
      </Heading>
      <Textfield id="nyckel-namn" label="Namn (krävs)" description="Vad nyckeln används till, till exempel ”Instrumentpanel HR”" autoComplete="off" value={fields.name} error={problems.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
      <GrantEditor id="nyckel" fields={fields} forums={forums} problems={problems} onChange={(grant) => setFields({ ...fields, ...grant })} />
      <Textfield id="nyckel-giltig" label="Gäller till och med" description="Tomt: tills den återkallas" type="date" value={fields.expires} error={problems.expires} onChange={(event) => setFields({ ...fields, expires: event.target.value })} />
      <div>
        <Button type="submit" disabled={fetching}>
          {fetching ? 'Skapar…' : 'Skapa API-nyckel'}
        </Button>
      </div>
    </form>
  );
}
