import { describe, expect, it } from 'vitest';
import { actionById, initialValues, validate } from './registerForms';

describe('the secretary’s forms', () => {
  it('names every missing required field in Swedish', () => {
    const raise = actionById('fraga');
    const problems = validate(raise, initialValues(raise));
    expect(problems).toEqual({
      raisedBy: 'Frågan ställs av måste fyllas i.',
      title: 'Rubrik måste fyllas i.',
    });
  });
  it('accepts case numbers as people write them, and ids', () => {
    const answer = actionById('svar');
    const values = { ...initialValues(answer), text: 'Svar.' };
    expect(validate(answer, { ...values, caseId: 'FG-HÄ 2025:5' })).toEqual({});
    expect(validate(answer, { ...values, caseId: 'fg-ha 2025:5' })).toEqual({});
    expect(validate(answer, { ...values, caseId: '01JH0000000000000000000000' })).toEqual({});
    expect(validate(answer, { ...values, caseId: 'femte ärendet' }).caseId).toMatch(/inget ärendenummer/);
  });
  it('checks dates and commitment numbers the way the API does', () => {
    const renew = actionById('fornya');
    const values = { ...initialValues(renew), caseId: 'FG 2025:1' };
    expect(validate(renew, { ...values, dueDate: '2025-02-30' }).dueDate).toMatch(/inget datum/);
    expect(validate(renew, { ...values, dueDate: '2025-02-28' })).toEqual({});
    expect(validate(renew, { ...values, commitment: '0' }).commitment).toMatch(/heltal från 1/);
  });
  it('keeps what was typed when switching to another form', () => {
    const kept = initialValues(actionById('svar'), { caseId: 'FG 2025:3', text: 'x' });
    expect(initialValues(actionById('atagande'), kept).caseId).toBe('FG 2025:3');
    expect(actionById('nonsense').id).toBe('fraga');
  });

  it('fills the acting party with a representative\'s own party, and leaves the other parties', () => {
    const raise = initialValues(actionById('fraga'), {}, 'Kommunal');
    expect(raise.raisedBy).toBe('Kommunal');
    expect(raise.addressedTo).toBe('Arbetsgivaren');
    expect(initialValues(actionById('atagande'), {}, 'Kommunal').by).toBe('Kommunal');
    expect(initialValues(actionById('atagande')).by).toBe('Arbetsgivaren');
  });

  it('asks the other side when the employer raises a question', () => {
    const raise = initialValues(actionById('fraga'), {}, 'Arbetsgivaren');
    expect(raise.raisedBy).toBe('Arbetsgivaren');
    expect(raise.addressedTo).toBe('Fackliga organisationerna');
  });
});
