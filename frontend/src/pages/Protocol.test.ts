import { describe, expect, it } from 'vitest';
import { protocolParts } from './Protocol';

describe('protocolParts', () => {
  it('cuts the text at the sections’ byte offsets, with an anchor for each, keeping the head and the tail', () => {
    const head = 'Protokoll för förvaltningsgruppen\n\n';
    const four = '§ 4 Frågor från Kommunal\nKommunal undrar över schemat.\n\n';
    const five = '§ 5 Övriga frågor\nInga.\n\n';
    const text = `${head}${four}${five}Vid protokollet`;
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    const start4 = bytes(head);
    const start5 = start4 + bytes(four);
    const parts = protocolParts(text, [
      { section: '4', title: 'Frågor från Kommunal', start: start4, end: start5 },
      { section: '5', title: 'Övriga frågor', start: start5, end: start5 + bytes(five) },
    ]);
    expect(parts).toEqual([
      { anchor: null, label: null, text: head },
      { anchor: 'p-4', label: '§ 4', text: four },
      { anchor: 'p-5', label: '§ 5', text: five },
      { anchor: null, label: null, text: 'Vid protokollet' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('gives a section number met twice one anchor only', () => {
    const one = new TextEncoder().encode('§ 1 A\n').length;
    const parts = protocolParts('§ 1 A\n§ 1 B\n', [
      { section: '1', title: 'A', start: 0, end: one },
      { section: '1', title: 'B', start: one, end: 2 * one },
    ]);
    expect(parts.map((p) => p.anchor)).toEqual(['p-1', null]);
  });
});
