import { describe, expect, it } from 'vitest';
import { errorCode, swedishError } from './client';

describe('errors shown to the user', () => {
  it('prefers the server’s Swedish message', () => {
    const error = {
      graphQLErrors: [{ message: 'no such case', extensions: { code: 'NOT_FOUND', messageSv: 'Inget ärende FG 2025:99.' } }],
    };
    expect(swedishError(error)).toBe('Inget ärende FG 2025:99.');
    expect(errorCode(error)).toBe('NOT_FOUND');
  });
  it('begins a message written for joining as a sentence', () => {
    const error = {
      graphQLErrors: [{ message: 'meeting exists', extensions: { code: 'CONFLICT', messageSv: 'gruppen har redan ett möte den 2026-03-12' } }],
    };
    expect(swedishError(error)).toBe('Gruppen har redan ett möte den 2026-03-12');
  });
  it('says in Swedish when the server cannot be reached', () => {
    expect(swedishError({ graphQLErrors: [], networkError: new Error('fetch failed') })).toMatch(/Servern svarar inte/);
    expect(swedishError(null)).toBeNull();
  });
});
