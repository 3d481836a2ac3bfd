import { describe, expect, it } from 'vitest';
import { byParty } from './Meeting';

describe('attendance by party', () => {
  it('groups people under their party in first-seen order, and lists a party named alone', () => {
    expect(
      byParty([
        { name: 'Lee Orberson', party: 'Arbetsgivaren', role: 'ordförande' },
        { name: 'Maria Ahumada', party: 'Vision' },
        { name: 'Lars Wennberg', party: 'Arbetsgivaren' },
        { party: 'Vårdförbundet' },
      ]),
    ).toEqual([
      ['Arbetsgivaren', ['Lee Orberson (ordförande)', 'Lars Wennberg']],
      ['Vision', ['Maria Ahumada']],
      ['Vårdförbundet', []],
    ]);
  });
});
