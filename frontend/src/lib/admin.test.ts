import { describe, expect, it } from 'vitest';
import { describeGrant, grantInput, isAdmin, personProblems, tokenProblems, tokenStatus, type PersonFields, type RoleCode, type TokenFields } from './admin';
import { NO_SIGN_IN, type Me } from './auth';

const label = (role: RoleCode) => ({ READER: 'läsare', PARTY: 'part', SECRETARY: 'sekreterare', ADMIN: 'administratör' })[role];

function me(role: 'admin' | 'secretary', signedIn = true): Me {
  return { ...NO_SIGN_IN, signedIn, signInAvailable: true, grants: [{ role, party: null, forum: null }] };
}

const person: PersonFields = { username: 'anna.a', name: 'Anna', role: 'SECRETARY', party: '', forum: '', signIn: 'password', password: '' };
const token: TokenFields = { name: 'Instrumentpanel', role: 'READER', party: '', forum: '', expires: '' };

describe('administration', () => {
  it('is for signed-in admins only', () => {
    expect(isAdmin(me('admin'))).toBe(true);
    expect(isAdmin(me('secretary'))).toBe(false);
    expect(isAdmin(me('admin', false))).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it('reads a grant in Swedish', () => {
    expect(describeGrant({ role: 'PARTY', party: 'Kommunal', forum: { code: 'FG-HÄ' } }, label)).toBe('part för Kommunal i FG-HÄ');
    expect(describeGrant({ role: 'SECRETARY', party: null, forum: null }, label)).toBe('sekreterare i alla forum');
    expect(describeGrant({ role: 'ADMIN' }, label)).toBe('administratör');
  });

  it('sends a party only with the party role, and no forum as every forum', () => {
    expect(grantInput({ role: 'SECRETARY', party: 'Kommunal', forum: '' })).toEqual({ role: 'SECRETARY', party: null, forum: null });
    expect(grantInput({ role: 'PARTY', party: ' Vision ', forum: 'FG-HÄ' })).toEqual({ role: 'PARTY', party: 'Vision', forum: 'FG-HÄ' });
    expect(grantInput({ role: 'READER', party: '', forum: 'FG-HÄ' })).toEqual({ role: 'READER', party: null, forum: null });
    expect(grantInput({ role: 'SECRETARY', party: '', forum: 'FG-HÄ' }).forum).toBe('FG-HÄ');
  });

  it('checks a new person as the server does', () => {
    expect(personProblems(person)).toEqual({});
    expect(Object.keys(personProblems({ ...person, username: '' }))).toEqual(['username']);
    expect(personProblems({ ...person, username: 'anna andersson' }).username).toMatch(/inga mellanslag/);
    expect(personProblems({ ...person, password: 'kort' }).password).toMatch(/minst 10 tecken/);
    // An empty password is made by the server; a typed one of ten characters is taken.
    expect(personProblems({ ...person, password: '' }).password).toBeUndefined();
    expect(personProblems({ ...person, password: 'tio tecken' }).password).toBeUndefined();
    expect(personProblems({ ...person, signIn: 'oidc', password: 'kort' }).password).toBeUndefined();
    expect(personProblems({ ...person, role: 'PARTY' }).party).toMatch(/part/);
  });

  it('checks a new token', () => {
    expect(tokenProblems(token, '2026-01-01')).toEqual({});
    expect(tokenProblems({ ...token, name: '  ' }, '2026-01-01').name).toBeDefined();
    expect(tokenProblems({ ...token, expires: '2025-12-31' }, '2026-01-01').expires).toMatch(/passerat/);
    expect(tokenProblems({ ...token, expires: '2026-01-01' }, '2026-01-01').expires).toBeUndefined();
  });

  it('names a token’s state', () => {
    expect(tokenStatus({ revoked: true, expired: true })).toBe('Återkallad');
    expect(tokenStatus({ revoked: false, expired: true })).toBe('Har gått ut');
    expect(tokenStatus({ revoked: false, expired: false })).toBe('Gäller');
  });
});
