// Report formats: JSON Lines round-trips, CSV quotes per RFC 4180, the table summarises verdicts.
import { expect, it } from 'vitest';
import type { LinkCheck } from '../../../src/link-check.js';
import { formatCsvHeader, formatCsvRow, formatJsonLine, formatTable } from '../../../ingest/linkcheck/index.js';

const row: LinkCheck = {
  url: 'http://a.org/x', status: 'not-found', verdict: 'dead', httpStatus: 404, finalUrl: 'http://a.org/x',
  redirects: [{ url: 'http://a.org/y', status: 301 }], attempts: 1, durationMs: 12, checkedAt: '2026-01-01T00:00:00.000Z',
  contentType: 'text/html', title: 'Not "found", sorry', error: 'HTTP 404', archived: { url: 'http://web.archive.org/web/1/x', timestamp: '1' },
};

it('writes one parseable JSON object per line', () => {
  expect(JSON.parse(formatJsonLine(row))).toEqual(row);
});

it('quotes CSV cells with commas and quotes', () => {
  const csv = formatCsvHeader() + formatCsvRow(row);
  expect(csv).toContain('"Not ""found"", sorry"');
  expect(csv).toContain('301 http://a.org/y');
  expect(csv.split('\r\n')[0].split(',')).toContain('archivedUrl');
});

it('tables rows with a verdict summary', () => {
  const out = formatTable([row, { ...row, url: 'http://b.org', status: 'ok', verdict: 'alive', archived: null }]);
  expect(out).toMatch(/STATUS\s+VERDICT/);
  expect(out).toContain('2 URLs: 1 dead, 1 alive');
});
