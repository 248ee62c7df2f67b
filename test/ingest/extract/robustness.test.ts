// Bounded time on adversarial input (a correctness check against catastrophic backtracking, not a speed
// target; measured as CPU time), provenance that points into the text, topics, and the output contract on the sample.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../../ingest/loaders/markdown.js';
import { loadText } from '../../../ingest/loaders/text.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import { documentIdFor } from '../../../src/document-id.js';
import { ExtractionSchema } from '../../../src/extraction.js';
import { checkProvenance, extractMd } from './helpers.js';

const MB = 1024 * 1024;
const LIMIT_MS = 2000;

/**
 * CPU time, not wall time: the machine running the tests is shared and often overloaded, and a
 * catastrophic regex shows up in CPU time just as clearly (seconds to hours instead of a fraction of a second).
 */
function timed(label: string, text: string, load: typeof loadText = loadText) {
  return async () => {
    const c0 = process.cpuUsage();
    const doc = await load(new TextEncoder().encode(text), `${label}.txt`);
    const x = extractDocument(doc);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    ExtractionSchema.parse(x);
    expect(ms, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  };
}

describe('adversarial long lines finish in bounded time', () => {
  const line = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it('capitalised words without end', timed('caps', line('Office Of The Department Unit ')));
  it('a person list without end', timed('people', 'Speakers include ' + line('Dr. Ann Lee, Head, Unit of X, and ')));
  it('digits and separators', timed('digits', line('11:30-13:00 20-21-22 ')));
  it('a URL without end', timed('url', 'https://x.example/' + line('a_b-c.d/'), loadMarkdown));
  it('markup without closing', timed('markup', line('**a *b [c](d <e '), loadMarkdown));
  it('parentheses and quotes', timed('parens', line('(ABC) "x (y) ’z ')));
  it('one word', timed('word', line('a')));
  it('superscripts and brackets', timed('notes', line('word¹ [2] [^3] ')));
});

describe('pipeline', () => {
  it('produces the contract on the sample, with provenance into the text and a document id from the source', async () => {
    const path = 'fixtures/documents/osce-alliance-side-events-2020.md';
    const doc = await loadMarkdown(readFileSync(path), path);
    const x = ExtractionSchema.parse(extractDocument(doc));
    expect(x.document.id).toBe(documentIdFor(path));
    checkProvenance(x, doc.text);
    expect(x.sessions.filter((s) => s.kind === 'session')).toHaveLength(2);
    expect(x.citations).toHaveLength(8);
    expect(x.urls).toHaveLength(10);
    // topics are normalised labels of the vocabulary
    expect(x.topics[0].label).toBe('human trafficking');
    expect(x.acronyms.map((a) => a.short)).toEqual(expect.arrayContaining(['THB', 'CTHB', 'VoTs', 'NRM', 'HCNM', 'OTP']));
  });

  it('labels topics from synonyms and acronyms', async () => {
    const x = await extractMd('Title: THB and cybercrime in the pandemic\n\nDate: 1 June 2021\n\nTHB cases rose. Cybercrime and online grooming of children grew during COVID-19.\n');
    const labels = x.topics.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['human trafficking', 'cybercrime', 'COVID-19', 'online child sexual exploitation']));
    expect(x.sessions[0].topics).toContain('human trafficking');
  });
});
