import { readFile } from 'node:fs/promises';
import { Document, EndnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../../ingest/loaders/docx.js';
import { makeDocx } from '../../helpers/make-format-fixtures.js';
import { blockTexts, expectWellFormed, failure, notes, textBefore } from './invariants.js';

const FILE = 'fixtures/formats/policy-brief-notes.docx';

describe('loadDocx', () => {
  it('reads headings, paragraphs and list items with exact offsets', async () => {
    const doc = await loadDocx(await readFile(FILE), FILE);
    expectWellFormed(doc);
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.title).toBe('Seasonal Work Without Exploitation');
    expect(blockTexts(doc, 'heading')).toEqual(['Seasonal Work Without Exploitation', '1. Summary', '2. Speakers at the launch event']);
    expect(blockTexts(doc, 'list-item')[0]).toBe('Dr. Helena Varga, Director, Danube Institute for Migration Studies (DIMS)');
  });

  it('has the real Word footnotes (1, 2, 3) and endnotes (i, ii) as footnote blocks, referenced in the text', async () => {
    const doc = await loadDocx(await readFile(FILE), FILE);
    expect(notes(doc)).toEqual([
      ['1', 'Danube Institute for Migration Studies (2023), Seasonal Work and Recruitment Fees in Central Europe. https://example.org/dims/seasonal-work-2023'],
      ['2', 'Varga H. & Okafor T. (2022), Paying to Work: Debt Bondage in Agricultural Supply Chains, Journal of Labour Mobility 14(2).'],
      ['3', 'https://example.org/cmlr/inspection-toolkit'],
      ['i', 'Interviews conducted by the Centre for Mobility and Labour Rights (CMLR) between March and June 2024.'],
      ['ii', 'European Labour Authority (2024), Annual Report on Labour Mobility, 3 May 2024. https://example.org/ela/annual-report-2024'],
    ]);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', 'i', '3', 'ii']);
    expect(textBefore(doc, '1')).toMatch(/among seasonal workers$/);
    expect(textBefore(doc, 'i')).toMatch(/confirm this pattern\.$/);
    expect(textBefore(doc, 'ii')).toMatch(/by a third in 2023\.$/);
    expect(doc.text).not.toContain('↑');
  });

  it('keeps hyperlinks with their anchor text', async () => {
    const doc = await loadDocx(await readFile(FILE), FILE);
    expect(doc.links.map((l) => [l.url, doc.text.slice(l.start, l.end)])).toEqual([
      ['https://example.org/cmlr/inspection-toolkit', 'CMLR inspection toolkit'],
    ]);
  });

  it('numbers endnotes 1, 2, ... when a document has no footnotes', async () => {
    const docx = new Document({
      endnotes: { 1: { children: [new Paragraph('Only endnote.')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('A claim.'), new EndnoteReferenceRun(1)] })] }],
    });
    const doc = await loadDocx(await Packer.toBuffer(docx), 'endnotes-only.docx');
    expect(notes(doc)).toEqual([['1', 'Only endnote.']]);
    expect(doc.text.startsWith('A claim.¹')).toBe(true);
  });

  it('matches what the fixture script generates', async () => {
    const doc = await loadDocx(await makeDocx(), 'generated.docx');
    expect(notes(doc)).toHaveLength(5);
  });

  it('rejects a truncated DOCX with one line naming the file', async () => {
    const f = await failure(loadDocx(await readFile('fixtures/formats/truncated.docx'), 'fixtures/formats/truncated.docx'));
    expect(f.code).toBe('CG_EXTRACTION');
    expect(f.message).toMatch(/^ingest\.loadDocx: fixtures\/formats\/truncated\.docx: not a valid DOCX \(.+\)$/);
    expect(f.message).not.toContain('\n');
  });

  it('rejects bytes that are not a ZIP', async () => {
    const f = await failure(loadDocx(new TextEncoder().encode('plain words'), 'fake.docx'));
    expect(f).toEqual({ code: 'CG_EXTRACTION', message: 'ingest.loadDocx: fake.docx: not a valid DOCX (not a ZIP archive)' });
  });
});
