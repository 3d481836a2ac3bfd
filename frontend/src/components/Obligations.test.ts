import { describe, expect, it } from 'vitest';
import { byUrgency, repeats } from './Obligations';

describe('the owed lists', () => {
  it('puts overdue items first, then the longest waiting', () => {
    const rows = [
      { caseNumber: 'FG 2025:1', overdue: false, daysWaiting: 90 },
      { caseNumber: 'FG 2025:2', overdue: true, daysWaiting: 10 },
      { caseNumber: 'FG 2025:3', overdue: true, daysWaiting: 40 },
      { caseNumber: 'FG 2025:10', overdue: false, daysWaiting: 90 },
    ];
    expect(byUrgency(rows).map((row) => row.caseNumber)).toEqual(['FG 2025:3', 'FG 2025:2', 'FG 2025:1', 'FG 2025:10']);
  });
  it('knows when a title only repeats what is owed', () => {
    expect(repeats('Detaljerad planering meddelas…', 'Detaljerad planering meddelas fackliga företrädare.')).toBe(true);
    expect(repeats('Arbetsmiljön i hemtjänsten', 'Återkomma med siffror.')).toBe(false);
  });
});
