import { describe, expect, it } from 'vitest';
import { count, formatDate, formatTime, waited } from './format';

describe('Swedish formats', () => {
  it('writes dates with Swedish month names', () => {
    expect(formatDate('2025-01-14')).toBe('14 januari 2025');
    expect(formatDate('2025-03-01')).toBe('1 mars 2025');
    expect(formatDate(null)).toBe('');
    expect(formatDate('inte ett datum')).toBe('inte ett datum');
  });
  it('writes times with a period', () => {
    expect(formatTime('13:00:00')).toBe('13.00');
    expect(formatTime('09:30')).toBe('09.30');
  });
  it('puts nouns in the right number', () => {
    expect(count(1, 'dag', 'dagar')).toBe('1 dag');
    expect(count(2, 'dag', 'dagar')).toBe('2 dagar');
    expect(count(0, 'ärende', 'ärenden')).toBe('0 ärenden');
  });
  it('says how long something waited in the largest fitting unit', () => {
    expect(waited(0)).toBe('i dag');
    expect(waited(1)).toBe('1 dag');
    expect(waited(13)).toBe('13 dagar');
    expect(waited(35)).toBe('5 veckor');
    expect(waited(365)).toBe('12 månader');
  });
});
