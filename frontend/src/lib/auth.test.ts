import { describe, expect, it } from 'vitest';
import { meFromResponse, ownParty, safeReturn } from './auth';

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
