import { describe, expect, it } from 'vitest';
import { highlightSegments, searchWords, snippet } from './highlight';

describe('free-text highlighting', () => {
  it('splits the query into distinct lowercase words, longest first', () => {
    expect(searchWords('Budget  BUDGETEN, ök')).toEqual(['budgeten', 'budget', 'ök']);
    expect(searchWords('   ')).toEqual([]);
  });
  it('marks every hit regardless of letter case, å ä ö included', () => {
    const segments = highlightSegments('Övertid och ÖVERTIDSERSÄTTNING', searchWords('övertid'));
    expect(segments).toEqual([
      { text: 'Övertid', hit: true },
      { text: ' och ', hit: false },
      { text: 'ÖVERTID', hit: true },
      { text: 'SERSÄTTNING', hit: false },
    ]);
  });
  it('treats the query as words, not as a pattern', () => {
    expect(highlightSegments('a.b (c)', searchWords('(c)'))).toEqual([
      { text: 'a.b (', hit: false },
      { text: 'c', hit: true },
      { text: ')', hit: false },
    ]);
  });
  it('leaves text without hits whole', () => {
    expect(highlightSegments('inget här', ['budget'])).toEqual([{ text: 'inget här', hit: false }]);
  });
  it('cuts a long text around its first hit', () => {
    const text = `${'a '.repeat(200)}budget ${'b '.repeat(200)}`;
    const cut = snippet(text, ['budget'], 60);
    expect(cut).toContain('budget');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });
});
