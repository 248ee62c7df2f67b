import { describe, expect, it } from 'vitest';
import { repairHardWraps } from '../../../ingest/loaders/hard-wraps.js';

describe('repairHardWraps', () => {
  it('rejoins URLs broken at a line end', () => {
    expect(repairHardWraps('See https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:\n52022PC0732 for the text.'))
      .toBe('See https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0732 for the text.');
    expect(repairHardWraps('at https://example.org/docs/3420-\nposition-paper.pdf')).toBe('at https://example.org/docs/3420-position-paper.pdf');
    expect(repairHardWraps('at https://example.org/files/\n2023/report.pdf')).toBe('at https://example.org/files/2023/report.pdf');
  });
  it('leaves a complete URL followed by prose alone', () => {
    expect(repairHardWraps('https://example.org/report/\nAccessed 3 May 2023.')).toBe('https://example.org/report/\nAccessed 3 May 2023.');
    expect(repairHardWraps('Register: https://example.org/register\nThe event is free.')).toBe('Register: https://example.org/register\nThe event is free.');
  });
  it('mends hyphenation: suffixes lose the hyphen, compounds keep it', () => {
    expect(repairHardWraps('Federal Migra-\ntion Centre')).toBe('Federal Migration Centre');
    expect(repairHardWraps('victims of traffick-\ning in Europe')).toBe('victims of trafficking in Europe');
    expect(repairHardWraps('Anti-\nSlavery International')).toBe('Anti-Slavery International');
    expect(repairHardWraps('cross-\nborder cooperation')).toBe('cross-border cooperation');
  });
  it('keeps ordinary line structure', () => {
    const agenda = '09:30 – 10:00 Opening\n10:00 – 11:30 Panel 1 -\nChair: Ms. A B';
    expect(repairHardWraps(agenda)).toBe(agenda);
    expect(repairHardWraps('- first item\n- second item')).toBe('- first item\n- second item');
  });
});
