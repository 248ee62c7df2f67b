// Bounded time for the PDF-copy passes of the plain-text loader (page notes, furniture, glued markers, URL and
// hyphen mending) on adversarial input: a check against quadratic scans and catastrophic backtracking, in CPU time.
import { describe, expect, it } from 'vitest';
import { loadText } from '../../../ingest/loaders/text.js';

const MB = 1024 * 1024;
/** Generous for a shared, loaded machine: a quadratic pass on 1 MB takes minutes, not seconds. */
const LIMIT_MS = 4000;

function timed(label: string, text: string) {
  return async () => {
    const c0 = process.cpuUsage();
    const doc = await loadText(new TextEncoder().encode(text), `${label}.txt`);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    expect(doc.text.length).toBeGreaterThan(0);
    expect(ms, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  };
}

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('plain-text PDF-copy passes finish in bounded time', () => {
  it('glued markers without spaces', timed('glued', fill('labour.1,') + '\n______\n1 Note.\n'));
  it('one rule and note line after another', timed('rules', fill('Text word.1\n_____\n1 x\n')));
  it('a note whose URL runs over many lines', timed('url-lines', 'Text.1\n_____\n1 See https://x.example/' + fill('a-\n')));
  it('a note of full-width lines without end', timed('note-lines', 'Text.1\n_____\n1 ' + fill('word word word word word word word word word word word word word\n')));
  it('line-end hyphens', timed('hyphens', fill('assessment as-\nsessment ')));
  it('wide gaps', timed('columns', fill('Ann Lee     Bob Roe\nHead, X     Chief, Y\n')));
});
