import { describe, expect, it } from 'vitest';
import { dropItem, itemOfError, sectionAnchor, setDueDate, setKind, setLink, setParty, splitAtBytes, withoutTypenames, type ReviewItem } from './draft';

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

const question: ReviewItem = {
  id: 'i1',
  kind: 'QUESTION',
  raisedBy: 'Kommunal',
  addressedTo: 'Arbetsgivaren',
  by: null,
  to: null,
  answer: { by: 'Arbetsgivaren', text: 'Svar' },
  due: null,
  link: { case: 'C1', number: 'FG 2025:1', title: 'Schema', reason: 'lika ord', score: 0.8, action: 'ANSWERED', commitment: null },
};
const promise: ReviewItem = { id: 'i2', kind: 'COMMITMENT', by: 'Arbetsgivaren', to: 'Kommunal', belongsTo: 'i1', due: { label: 'till nästa möte', byDate: null, nextMeeting: true } };
const draft = { items: [question, promise] };

describe('reviewing a draft item by item', () => {
  it('changes a question into a promise, its parties moving with it, and leaves the original alone', () => {
    const changed = setKind(draft, 0, 'COMMITMENT');
    expect(changed.items[0]!).toMatchObject({ kind: 'COMMITMENT', by: 'Arbetsgivaren', to: 'Kommunal', raisedBy: null, addressedTo: null, answer: null });
    expect(draft.items[0]!.kind).toBe('QUESTION');
    expect(setKind(changed, 0, 'QUESTION').items[0]!).toMatchObject({ raisedBy: 'Kommunal', addressedTo: 'Arbetsgivaren', by: null });
  });

  it('sets and clears a party', () => {
    expect(setParty(draft, 0, 'raisedBy', 'Vision').items[0]!.raisedBy).toBe('Vision');
    expect(setParty(draft, 0, 'raisedBy', ' ').items[0]!.raisedBy).toBeNull();
  });

  it('sets a due date, keeping the due as written, and clears it again', () => {
    const dated = setDueDate(draft, 1, '2025-03-31');
    expect(dated.items[1]!.due).toEqual({ label: 'till nästa möte', byDate: '2025-03-31', nextMeeting: false });
    expect(setDueDate(dated, 1, '').items[1]!.due).toEqual({ label: 'till nästa möte', byDate: null, nextMeeting: false });
    expect(setDueDate({ items: [{ ...promise, due: { byDate: '2025-01-01', nextMeeting: false } }] }, 0, '').items[0]!.due).toBeNull();
  });

  it('drops an item, and what belonged to it stands on its own', () => {
    const dropped = dropItem(draft, 0);
    expect(dropped.items.map((i) => i.id)).toEqual(['i2']);
    expect(dropped.items[0]!.belongsTo).toBeNull();
  });

  it('removes a link, makes a new one by hand, and keeps a proposed one that stays on its case', () => {
    expect(setLink(draft, 0, null).items[0]!.link).toBeNull();
    const chosen = setLink(draft, 0, { id: 'C2', number: 'FG 2025:2', title: 'Lokaler' }).items[0]!.link;
    expect(chosen).toMatchObject({ case: 'C2', number: 'FG 2025:2', action: 'ANSWERED', score: 1, commitment: null });
    expect(setLink(draft, 1, { id: 'C2', number: 'FG 2025:2', title: 'Lokaler' }).items[1]!.link?.action).toBe('DISCUSSED');
    expect(setLink(draft, 0, { id: 'C1', number: 'FG 2025:1', title: 'Schema' }).items[0]!.link).toBe(question.link);
  });
});

describe('itemOfError', () => {
  it('finds the item by id, by index or by the field path, and nothing for the draft as a whole', () => {
    expect(itemOfError({ graphQLErrors: [{ extensions: { item: 'i2', itemIndex: 1 } }] }, draft)).toBe('i2');
    expect(itemOfError({ graphQLErrors: [{ extensions: { itemIndex: 0 } }] }, draft)).toBe('i1');
    expect(itemOfError({ graphQLErrors: [{ extensions: { field: 'draft.items.1.due.byDate' } }] }, draft)).toBe('i2');
    expect(itemOfError({ graphQLErrors: [{ extensions: { field: 'draft.meeting.date' } }] }, draft)).toBeNull();
    expect(itemOfError(undefined, draft)).toBeNull();
  });
});

describe('splitAtBytes', () => {
  it('cuts at UTF-8 byte offsets, so spans after å, ä and ö land where the server meant', () => {
    const text = 'Två frågor: § 4 Öppna frågor';
    const start = new TextEncoder().encode('Två frågor: ').length;
    expect(splitAtBytes(text, start, start + new TextEncoder().encode('§ 4').length)).toEqual(['Två frågor: ', '§ 4', ' Öppna frågor']);
    expect(splitAtBytes('abc', 2, 99)).toEqual(['ab', 'c', '']);
  });

  it('names a section’s anchor', () => {
    expect(sectionAnchor('4')).toBe('p-4');
    expect(sectionAnchor('4.2')).toBe('p-4.2');
  });
});
