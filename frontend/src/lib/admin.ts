// The administration screen's rules: who is an admin, how a grant reads in Swedish, and what
// the forms check before they send (the server checks the same and says it in Swedish).

import type { Me } from './auth';

export type RoleCode = 'READER' | 'PARTY' | 'SECRETARY' | 'ADMIN';

export const ROLES: RoleCode[] = ['READER', 'PARTY', 'SECRETARY', 'ADMIN'];

/** The shortest password the server takes (`MIN_PASSWORD_CHARS` in balans-runtime). */
export const MIN_PASSWORD_CHARS = 10;

/** Whether the signed-in person may manage people and tokens. */
export function isAdmin(me: Me | null): boolean {
  return Boolean(me?.signedIn && me.grants.some((grant) => grant.role === 'admin'));
}

export interface GrantView {
  role: RoleCode;
  party?: string | null;
  forum?: { code: string } | null;
}

/** A grant as a person reads it: "part för Kommunal i FG-HÄ", "sekreterare i alla forum". */
export function describeGrant(grant: GrantView, roleLabel: (role: RoleCode) => string): string {
  let text = roleLabel(grant.role);
  if (grant.party) text += ` för ${grant.party}`;
  if (grant.forum) text += ` i ${grant.forum.code}`;
  else if (grant.role === 'PARTY' || grant.role === 'SECRETARY') text += ' i alla forum';
  return text;
}

/** What the role, party and forum fields of a form hold. */
export interface GrantFields {
  role: RoleCode;
  party: string;
  /** A forum code, or '' for every forum. */
  forum: string;
}

/** The grant as the API takes it: a party only for the role that speaks for one, a forum only
 * for the roles that write in one (a reader reads everything, an admin manages everything). */
export function grantInput(fields: GrantFields): { role: RoleCode; party: string | null; forum: string | null } {
  const inForum = fields.role === 'PARTY' || fields.role === 'SECRETARY';
  return {
    role: fields.role,
    party: fields.role === 'PARTY' ? fields.party.trim() || null : null,
    forum: inForum ? fields.forum.trim() || null : null,
  };
}

export type Problems = Record<string, string>;

function grantProblems(fields: GrantFields): Problems {
  const problems: Problems = {};
  if (fields.role === 'PARTY' && !fields.party.trim()) {
    problems.party = 'Välj vilken part personen företräder.';
  }
  return problems;
}

export interface PersonFields extends GrantFields {
  username: string;
  name: string;
  /** 'password': a local password (typed, or generated when empty); 'oidc': the municipality's sign-in. */
  signIn: 'password' | 'oidc';
  password: string;
}

const USERNAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

/** The problems of the add-a-person form, by field; empty when it may be sent. */
export function personProblems(fields: PersonFields): Problems {
  const problems: Problems = {};
  const username = fields.username.trim();
  if (!username) problems.username = 'Användarnamn måste fyllas i.';
  else if (!USERNAME.test(username)) problems.username = 'Användarnamnet får bara ha bokstäver, siffror och . - _ @ (högst 64 tecken, inga mellanslag).';
  if (fields.signIn === 'password' && fields.password && [...fields.password].length < MIN_PASSWORD_CHARS) {
    problems.password = `Lösenordet behöver minst ${MIN_PASSWORD_CHARS} tecken (eller lämna fältet tomt så skapas ett).`;
  }
  return { ...problems, ...grantProblems(fields) };
}

export interface TokenFields extends GrantFields {
  name: string;
  /** An ISO date, or '' for no expiry. */
  expires: string;
}

/** The problems of the create-a-token form, by field; `today` is an ISO date. */
export function tokenProblems(fields: TokenFields, today: string): Problems {
  const problems: Problems = {};
  const name = fields.name.trim();
  if (!name) problems.name = 'Ge nyckeln ett namn, till exempel vad den används till.';
  else if ([...name].length > 100) problems.name = 'Namnet får vara högst 100 tecken.';
  if (fields.expires && fields.expires < today) problems.expires = 'Sista giltighetsdagen har redan passerat.';
  return { ...problems, ...grantProblems(fields) };
}

export type TokenState = { revoked: boolean; expired: boolean };

/** A token's state in Swedish. */
export function tokenStatus(token: TokenState): string {
  if (token.revoked) return 'Återkallad';
  if (token.expired) return 'Har gått ut';
  return 'Gäller';
}
