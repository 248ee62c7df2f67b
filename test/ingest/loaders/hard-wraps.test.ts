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
  it('rejoins a URL in brackets, and one cut inside a path segment when the rest is path-like', () => {
    expect(repairHardWraps('the proposal (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:\n52022PC0732).'))
      .toBe('the proposal (https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0732).');
    expect(repairHardWraps('Available at <https://www.antislavery.org/wp-content/uploads/2022/11/3420-LSI-\nposition-paper.pdf>'))
      .toBe('Available at <https://www.antislavery.org/wp-content/uploads/2022/11/3420-LSI-position-paper.pdf>');
    expect(repairHardWraps('See https://www.example.org/publicat\nions/annual-report-2023.pdf for data.'))
      .toBe('See https://www.example.org/publications/annual-report-2023.pdf for data.');
    expect(repairHardWraps('See https://www.example.org/report\nand/or the annex.')).toBe('See https://www.example.org/report\nand/or the annex.');
  });
  it('drops a soft hyphen before any lower-case continuation unless the document or the word says compound', () => {
    expect(repairHardWraps('the Swiss State Secretariat for Mig-\nration and the Federal Office')).toBe('the Swiss State Secretariat for Migration and the Federal Office');
    expect(repairHardWraps('victims of traf-\nficking were identified')).toBe('victims of trafficking were identified');
    expect(repairHardWraps('non-\ngovernmental organisations')).toBe('non-governmental organisations');
    // The document itself writes "follow-up" and "e-mail" inside lines.
    expect(repairHardWraps('A follow-up meeting by e-mail. The meet-\ning and the follow-\nup were held.'))
      .toBe('A follow-up meeting by e-mail. The meeting and the follow-up were held.');
    expect(repairHardWraps('Data on cyber-\nstalking; cyberstalking rose.')).toBe('Data on cyberstalking; cyberstalking rose.');
  });
  it('mends thousands of line-end hyphens in linear time', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `word${i % 7 ? 'a' : 'b'} exam-\nple`).join(' ');
    const t0 = Date.now();
    expect(repairHardWraps(text)).toContain('worda example');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});

describe('repairHardWraps: bounded work', () => {
  it('follows a URL chained over a megabyte of short lines in linear time', () => {
    const text = 'See https://x.example/' + 'a-\n'.repeat(350_000);
    const t0 = Date.now();
    expect(repairHardWraps(text).startsWith('See https://x.example/a-a-a-')).toBe(true);
    expect(Date.now() - t0).toBeLessThan(4_000);
  });
});
