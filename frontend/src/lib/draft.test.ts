import { describe, expect, it } from 'vitest';
import { withoutTypenames } from './draft';

describe('withoutTypenames', () => {
  it('drops __typename at every depth and keeps everything else', () => {
    const draft = {
      __typename: 'ProtocolDraft',
      meeting: { __typename: 'MeetingDraft', date: '2025-01-14', present: [{ __typename: 'Attendee', name: 'Anna', party: null }] },
      items: [{ __typename: 'DraftItem', kind: 'QUESTION', due: null, sourceSpan: { __typename: 'Span', start: 0, end: 5 } }],
      warnings: ['ingen tid'],
    };
    expect(withoutTypenames(draft)).toEqual({
      meeting: { date: '2025-01-14', present: [{ name: 'Anna', party: null }] },
      items: [{ kind: 'QUESTION', due: null, sourceSpan: { start: 0, end: 5 } }],
      warnings: ['ingen tid'],
    });
  });
});
