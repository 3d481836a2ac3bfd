// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Highlight } from './Highlight';
import { searchWords } from '../lib/highlight';

afterEach(cleanup);

describe('Highlight', () => {
  it('marks each hit of the search in the rendered text', () => {
    const { container } = render(<Highlight text="Budget för budgetåret" words={searchWords('BUDGET')} />);
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Budget', 'budget']);
    expect(container.textContent).toBe('Budget för budgetåret');
  });
});
