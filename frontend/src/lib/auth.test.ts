import { describe, expect, it } from 'vitest';
import { canImport, meFromResponse, ownParty, safeReturn } from './auth';

describe('the signed-in person', () => {
  it('reads /auth/me as the contract gives it', () => {
    const me = meFromResponse(200, {
      signedIn: true,
      principal: { id: '01J', name: 'Kommunal (demo)', kind: 'person' },
      grants: [{ role: 'party', party: 'Kommunal', forum: null }],
      canWrite: true,
      publicRead: true,
      signInMethods: ['password', 'oidc'],
    });
    expect(me.signedIn).toBe(true);
    expect(ownParty(me)).toBe('Kommunal');
    expect(me.signInAvailable).toBe(true);
    expect(canImport(me), 'a party records its own part, not a whole meeting').toBe(false);
    const secretary = meFromResponse(200, { signedIn: true, principal: { id: 's', name: 'S', kind: 'person' }, grants: [{ role: 'secretary', party: null, forum: null }], canWrite: true, publicRead: true, signInMethods: ['password'] });
    expect(canImport(secretary)).toBe(true);
  });
  it('gives a reader no write rights', () => {
    const me = meFromResponse(200, { signedIn: false, principal: null, grants: [], canWrite: false, publicRead: true, signInMethods: ['password'] });
    expect(me.canWrite).toBe(false);
    expect(ownParty(me)).toBeNull();
  });
  it('treats a server without sign-in (404) as open to write', () => {
    const me = meFromResponse(404, null);
    expect(me.signInAvailable).toBe(false);
    expect(me.canWrite).toBe(true);
  });
});


describe('where sign-in returns to', () => {
  it('returns only to a path of this site', () => {
    expect(safeReturn('/arenden?q=budget')).toBe('/arenden?q=budget');
    expect(safeReturn('/\\evil.example')).toBe('/');
    expect(safeReturn('//evil.example/x')).toBe('/');
    expect(safeReturn('https://evil.example/')).toBe('/');
    expect(safeReturn(null)).toBe('/');
  });
});
