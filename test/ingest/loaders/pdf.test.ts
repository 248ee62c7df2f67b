import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../ingest/loaders/pdf.js';
import { layoutPages, type PdfItem } from '../../../ingest/loaders/pdf-layout.js';
import { toPdf } from '../../helpers/derive-formats.js';
import { makePdf } from '../../helpers/make-format-fixtures.js';
import { blockTexts, expectWellFormed, failure, notes, textBefore } from './invariants.js';

const FILE = 'fixtures/formats/labour-review-2p.pdf';

describe('loadPdf', () => {
  it('reads text by page and line into headings, paragraphs and list items', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expectWellFormed(doc);
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.title).toBe('Regional Labour Mobility Review 2024');
    expect(blockTexts(doc, 'heading')).toEqual(['Regional Labour Mobility Review 2024', '1. Background', '2. Recommendations']);
    expect(blockTexts(doc, 'list-item')).toEqual([
      'ban all recruitment fees charged to workers;', 'share inspection data across borders;', 'fund independent legal advice for posted workers.',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').every((b) => b.page === 2)).toBe(true);
  });

  it('drops the running header and page numbers', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expect(doc.text.match(/Regional Labour Mobility Review 2024/g)).toHaveLength(1);
    expect(doc.blocks.some((b) => /^\d+$/.test(doc.text.slice(b.start, b.end)))).toBe(false);
  });

  it('finds the footnotes at page bottoms, with markers, and the superscript references', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expect(notes(doc)).toEqual([
      ['1', 'Baltic Observatory on Fair Work (2024), Wage Complaints Register: Annual Statistics 2023. https://example.org/bofw/complaints-2023'],
      ['2', 'Kalnina M. & Petrauskas J. (2023), Recruitment Debt among Seasonal Workers, Riga: BOFW Working Paper 7.'],
      ['3', 'European Labour Authority (2024), Posting of Workers in Subcontracting Chains. https://example.org/ela/posting-2024'],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'footnote').map((b) => b.page)).toEqual([1, 1, 2]);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3']);
    expect(textBefore(doc, '1')).toMatch(/the previous year\.$/);
    expect(textBefore(doc, '2')).toMatch(/one worker in five\.$/);
  });

  it('rejoins the paragraph that the page-1 footnotes split across the page break', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    const para = blockTexts(doc, 'paragraph').find((t) => t.includes('Labour inspectorates reported increased'));
    expect(para).toMatch(/reported increased use of subcontracting chains to avoid liability, .* from third countries\.³$/);
    // The notes of page 1 follow the rejoined paragraph.
    const i = doc.blocks.findIndex((b) => doc.text.slice(b.start, b.end) === para);
    expect(doc.blocks[i].page).toBe(1);
    expect(doc.blocks[i + 1]).toMatchObject({ kind: 'footnote', marker: '1' });
  });

  it('matches what the fixture script generates (shared drawing helpers in test/helpers/pdf-draw.ts)', async () => {
    const generated = await loadPdf(await makePdf(), 'generated.pdf');
    const committed = await loadPdf(await readFile(FILE), FILE);
    expect(generated.text).toBe(committed.text);
    expect(generated.blocks).toEqual(committed.blocks);
    expect(notes(generated).map(([m]) => m)).toEqual(['1', '2', '3']);
  });

  it('rejects a truncated PDF with one line naming the file', async () => {
    const f = await failure(loadPdf(await readFile('fixtures/formats/truncated.pdf'), 'fixtures/formats/truncated.pdf'));
    expect(f.code).toBe('CG_EXTRACTION');
    expect(f.message).toMatch(/^ingest\.loadPdf: fixtures\/formats\/truncated\.pdf: not a valid PDF \(.+\)$/);
  });

  it('rejects bytes that only claim to be a PDF', async () => {
    const f = await failure(loadPdf(new TextEncoder().encode('%PDF-1.7\n garbage garbage'), 'claims.pdf'));
    expect(f.code).toBe('CG_EXTRACTION');
    expect(f.message.startsWith('ingest.loadPdf: claims.pdf: ')).toBe(true);
  });
});

describe('layoutPages', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, size, width: str.length * size * 0.5 });

  it('mends soft hyphens at line ends and keeps URLs broken at the margin whole', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('A long sentence about exploita-', 72, 700), item('tion of workers, see https://example.org/very/long/', 72, 688),
      item('path-2024.pdf for details.', 72, 676),
    ] }]);
    expect(blocks.map((b) => b.text)).toEqual(['A long sentence about exploitation of workers, see https://example.org/very/long/path-2024.pdf for details.']);
  });

  it('keeps compounds and capitalised halves hyphenated, and follows the document where it spells the word', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('Anti-Slavery International works on cross-', 72, 700), item('border cases with Anti-', 72, 688),
      item('Slavery partners; the Federal Migra-', 72, 676), item('tion Centre and a follow-up. The follow-', 72, 664), item('up came.', 72, 652),
    ] }]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Anti-Slavery International works on cross-border cases with Anti-Slavery partners; the Federal Migration Centre and a follow-up. The follow-up came.',
    ]);
    const url = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('The report is at https://example.org/publications/annual-', 72, 700), item('report-2023.pdf for all.', 72, 688),
    ] }]);
    expect(url.map((b) => b.text)).toEqual(['The report is at https://example.org/publications/annual-report-2023.pdf for all.']);
  });

  it('keeps a line that stops short of the margin as a line break', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('A full line of body text that runs right up to the margin here.', 72, 700),
      item('Dr. Ada Example', 72, 688), item('Executive Director, Example Institute', 72, 676),
    ] }]);
    expect(blocks.map((b) => b.text)).toEqual(['A full line of body text that runs right up to the margin here. Dr. Ada Example\nExecutive Director, Example Institute']);
  });

  it('rejoins a paragraph broken by a page break without notes, and spaces paragraphs by the document leading', () => {
    const page = (number: number, items: PdfItem[]) => ({ number, width: 600, height: 800, items });
    const blocks = layoutPages([
      page(1, [item('Short cover line.', 72, 700), item('Another cover line.', 72, 680), item('Body text that goes on and on to the end of', 72, 120)]),
      page(2, [item('the page and continues here, then ends.', 72, 700), item('Next line of the same paragraph follows.', 72, 688)]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Short cover line.', 'Another cover line.',
      'Body text that goes on and on to the end of the page and continues here, then ends. Next line of the same paragraph follows.',
    ]);
  });

  it('keeps COVID-19 and time ranges broken at a line end whole', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('Effects of the COVID-', 72, 700), item('19 pandemic, from 11:30–', 72, 688), item('13:00 daily.', 72, 676),
    ] }]);
    expect(blocks.map((b) => b.text)).toEqual(['Effects of the COVID-19 pandemic, from 11:30–13:00 daily.']);
  });

  it('treats smaller numbered lines at the page bottom as footnotes and superscripts as references', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('Body text with a claim.', 72, 700), item('4', 72 + 23 * 5, 704, 6),
      item('More body text follows here.', 72, 688),
      item('4', 72, 120, 8), item('Source of the claim (2020).', 82, 120, 8), item('continued note line.', 82, 110, 8),
    ] }]);
    expect(blocks.map((b) => [b.kind, b.marker, b.text])).toEqual([
      ['paragraph', undefined, 'Body text with a claim.⁴ More body text follows here.'],
      ['footnote', '4', 'Source of the claim (2020). continued note line.'],
    ]);
    expect(blocks[0].noteRefs).toEqual([{ marker: '4', start: 23, end: 24 }]);
  });
});

describe('layoutPages: notes set in body size', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, size, width: str.length * size * 0.5 });

  it('takes the lines after the last wide gap as notes when a superscript refers to their marker', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('A claim that needs a source.', 72, 700), item('1', 72 + 28 * 5, 704, 6), item('12 countries signed the text.', 72, 688),
      item('1 Ministry of Labour (2021), Annual Report,', 72, 140), item('12 pages.', 72, 128),
    ] }]);
    expect(blocks.map((b) => [b.kind, b.marker ?? '', b.text])).toEqual([
      ['paragraph', '', 'A claim that needs a source.¹ 12 countries signed the text.'],
      ['footnote', '1', 'Ministry of Labour (2021), Annual Report, 12 pages.'],
    ]);
  });

  it('leaves a numbered paragraph after a gap in the body when nothing refers to it', () => {
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items: [
      item('Opening words of the page.', 72, 700), item('3 more items were listed.', 72, 140),
    ] }]);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('layoutPages: bounded work', () => {
  it('lays out a page of 60,000 items, a third of them marker-like numbers, quickly', () => {
    const items: PdfItem[] = Array.from({ length: 60_000 }, (_, i) => ({
      str: i % 3 === 0 ? String(i % 100) : 'word', x: 72 + (i % 60) * 8, y: 800 - Math.floor(i / 60) * 0.7, width: 7, size: i % 3 === 0 ? 6 : 10,
    }));
    const t0 = Date.now();
    const blocks = layoutPages([{ number: 1, width: 600, height: 800, items }]);
    expect(blocks.length).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe('loadPdf: hyperlinks', () => {
  it('turns link annotations into links over their anchor text, skipping anchors that show the URL', async () => {
    const bytes = await toPdf({
      parts: [
        { kind: 'paragraph', pieces: [{ text: 'Please ' }, { text: 'register online', link: 'https://example.org/register' }, { text: ' before Friday.' }] },
        { kind: 'paragraph', pieces: [{ text: 'Report: ' }, { text: 'https://example.org/report.pdf', link: 'https://example.org/report.pdf' }] },
      ],
      notes: new Map(),
    });
    const doc = await loadPdf(bytes, 'links.pdf');
    expect(doc.links.map((l) => [l.url, doc.text.slice(l.start, l.end)])).toEqual([['https://example.org/register', 'register online']]);
  });
});
