import { describe, expect, it } from 'vitest';
import {
  afterCursor,
  caseFilter,
  caseOrder,
  exportHref,
  nextSort,
  parsePage,
  parseSort,
} from './caseQuery';

const params = (query: string) => new URLSearchParams(query);

describe('the Ärenden screen state in its URL', () => {
  it('turns URL params into the cases filter, dropping what the API would refuse', () => {
    expect(
      caseFilter(params('forum=FG-H%C3%84&status=OPEN&kind=NOPE&party=Kommunal&q=budget&balanslista=ja')),
    ).toEqual({ forumId: 'FG-HÄ', status: 'OPEN', owedBy: 'Kommunal', text: 'budget', onBalanceList: true });
    expect(caseFilter(params('status=open&q=%20%20'))).toEqual({});
  });
  it('reads the sort and toggles it from ascending to descending', () => {
    expect(parseSort(params('sort=-openedOn'))).toEqual({ key: 'openedOn', descending: true });
    expect(parseSort(params('sort=nonsense'))).toBeNull();
    expect(nextSort(null, 'title')).toBe('title');
    expect(nextSort({ key: 'title', descending: false }, 'title')).toBe('-title');
    expect(nextSort({ key: 'title', descending: true }, 'title')).toBe('title');
  });
  it('reads the page and gives the cursor to continue after', () => {
    expect(parsePage(params('sida=3'))).toBe(3);
    expect(parsePage(params('sida=-1'))).toBe(1);
    expect(afterCursor(1)).toBeUndefined();
    expect(afterCursor(3, 25)).toBe('49');
  });
  it('gives the exports the filters they take', () => {
    expect(exportHref(params('forum=FG&q=l%C3%B6n&sida=2&raisedBy=Vision'), 'csv')).toBe(
      '/export/cases.csv?forum=FG&q=l%C3%B6n',
    );
    expect(exportHref(params('status=OPEN&sort=-title'), 'csv')).toBe('/export/cases.csv?status=OPEN&sort=-title');
    expect(exportHref(params(''), 'xlsx')).toBe('/export/cases.xlsx');
  });
  it('asks the server to sort, by the column the URL names', () => {
    expect(caseOrder(parseSort(params('sort=-openedOn')))).toEqual({ by: 'OPENED_ON', descending: true });
    expect(caseOrder(parseSort(params('sort=raisedBy')))).toEqual({ by: 'RAISED_BY', descending: false });
    expect(caseOrder(null)).toBeUndefined();
  });
});
