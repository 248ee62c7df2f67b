// One document, three formats: DOCX and PDF versions derived from corpus documents must load to the same
// notes and near-identical text, and (with the same gold file) extract about as well as the original.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, loadDocumentBytes } from '../../../ingest/load-document.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import type { LoadedDocument } from '../../../src/document.js';
import { derivable, pdfSafe, toDocx, toPdf } from '../../helpers/derive-formats.js';
import { scoreExtraction } from '../../helpers/score-extraction.js';
import { expectWellFormed, notes } from './invariants.js';

// Several styles: superscript notes across pages, [1] notes, [^1] notes, roman endnotes, a programme, HTML links.
const CASES = [
  { name: 'osce-alliance-side-events-2020', file: 'osce-alliance-side-events-2020.md' },
  { name: 'report-seasonal-agriculture-2022', file: 'report-seasonal-agriculture-2022.txt' },
  { name: 'research-report-children-online-2022', file: 'research-report-children-online-2022.md' },
  { name: 'annual-report-national-rapporteur-2020', file: 'annual-report-national-rapporteur-2020.txt' },
  { name: 'alliance-expert-seminar-2018', file: 'alliance-expert-seminar-2018.md' },
  { name: 'fiu-roundtable-2024', file: 'fiu-roundtable-2024.html' },
];
const words = (s: string) => s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?[\w-]{1,10}\]/gu, ' ').split(/\s+/).filter(Boolean);

for (const c of CASES) {
  describe(`derived formats of ${c.name}`, () => {
    let source: LoadedDocument;
    const derived: Record<'docx' | 'pdf', LoadedDocument> = {} as never;

    beforeAll(async () => {
      source = await loadDocument(join('fixtures/documents', c.file));
      const d = derivable(source);
      derived.docx = await loadDocumentBytes(new Uint8Array(await toDocx(d)), `${c.name}.docx`, { name: `${c.name}.docx` });
      derived.pdf = await loadDocumentBytes(await toPdf(d), `${c.name}.pdf`, { name: `${c.name}.pdf` });
    });

    for (const format of ['docx', 'pdf'] as const) {
      it(`${format}: same notes, in order, with the same text`, () => {
        const doc = derived[format];
        expectWellFormed(doc);
        const want = [...derivable(source).notes.values()].map((t) => (format === 'pdf' ? pdfSafe(t) : t).replace(/\s+/g, ' '));
        expect(notes(doc).map(([, t]) => t.replace(/\s+/g, ' '))).toEqual(want);
        // Every referenced note has a reference in the text.
        expect(new Set(doc.noteRefs.map((r) => r.marker)).size).toBe(want.length);
      });

      it(`${format}: the body text keeps every word`, () => {
        const body = (d: LoadedDocument) => words(d.blocks.filter((b) => b.kind !== 'footnote').map((b) => d.text.slice(b.start, b.end)).join(' '));
        const got = body(derived[format]).join(' ');
        const want = body(source).join(' ');
        const expected = format === 'pdf' ? pdfSafe(want) : want;
        // Show where the texts part, not two pages of text.
        let at = 0;
        while (at < got.length && got[at] === expected[at]) at++;
        expect(got.slice(Math.max(0, at - 60), at + 60)).toBe(expected.slice(Math.max(0, at - 60), at + 60));
      });
    }

    it('extracts about as well from DOCX and PDF as from the original (same gold)', async () => {
      const gold = join('fixtures/expected', `${c.name}.gold.json`);
      const base = await scoreExtraction(extractDocument(source), gold);
      for (const format of ['docx', 'pdf'] as const) {
        const s = await scoreExtraction(extractDocument(derived[format]), gold);
        console.log(`${c.name} ${format}: F1 ${s.overallF1.toFixed(3)} (original ${base.overallF1.toFixed(3)})`);
        if (process.env.CG_CROSS_VERBOSE) console.log(s.report);
        expect(s.overallF1, s.report).toBeGreaterThanOrEqual(base.overallF1 - 0.05);
      }
    });
  });
}
