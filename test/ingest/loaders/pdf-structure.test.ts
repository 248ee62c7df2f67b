// PDF block structure as word processors and PDF exporters lay it out: endnote sections that run over a page
// break, agenda rows after a rejoined paragraph, bold labels, wrapped titles and separate date/venue lines.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chooseTitle, loadPdf } from '../../../ingest/loaders/pdf.js';
import { layoutPages, type PdfItem, type PdfPage } from '../../../ingest/loaders/pdf-layout.js';
import { blockTexts, expectWellFormed, notes } from './invariants.js';

const item = (str: string, x: number, y: number, size = 10, bold = false): PdfItem =>
  ({ str, x, y, size, width: str.length * size * 0.5, ...(bold ? { bold } : {}) });
const page = (number: number, items: PdfItem[]): PdfPage => ({ number, width: 600, height: 800, items });
/** Lines set top-down from y at a leading of 12 (body size 10), one item each. */
const lines = (texts: string[], y: number, opts: { x?: number; size?: number; bold?: boolean; leading?: number } = {}) =>
  texts.map((t, i) => item(t, opts.x ?? 72, y - i * (opts.leading ?? 12), opts.size ?? 10, opts.bold ?? false));
const FULL = 'This body line is long enough to run from the left margin right up to the right';

describe('layoutPages: endnote sections', () => {
  it('turns every numbered line after a Notes heading into a note, across the page break', () => {
    const blocks = layoutPages([
      page(1, [
        ...lines([FULL, 'margin of the page, and it cites sources.'], 700),
        item('Notes', 72, 640, 13, true),
        ...lines(['1 Eurostat (2024), Trafficking in human beings statistics, https://ec.europa.eu/eurostat/web/',
          'products-eurostat-news/act-statistics', '2. Regulation (EU) 2024/1712 of the European Parliament.'], 610),
      ]),
      page(2, lines(['3 Regulation (EU) 2024/3015 on prohibiting products made with forced labour.', '[4] GRETA (2023), Twelfth General Report.',
        '5 ILO (2022), Global Estimates of Modern Slavery, Geneva.', 'International Labour Office.'], 700)),
    ]);
    expect(blocks.map((b) => [b.kind, b.marker ?? '', b.text])).toEqual([
      ['paragraph', '', `${FULL} margin of the page, and it cites sources.`],
      ['heading', '', 'Notes'],
      ['footnote', '1', 'Eurostat (2024), Trafficking in human beings statistics, https://ec.europa.eu/eurostat/web/products-eurostat-news/act-statistics'],
      ['footnote', '2', 'Regulation (EU) 2024/1712 of the European Parliament.'],
      ['footnote', '3', 'Regulation (EU) 2024/3015 on prohibiting products made with forced labour.'],
      ['footnote', '4', 'GRETA (2023), Twelfth General Report.'],
      ['footnote', '5', 'ILO (2022), Global Estimates of Modern Slavery, Geneva. International Labour Office.'],
    ]);
    expect(blocks.filter((b) => b.kind === 'footnote').map((b) => b.page)).toEqual([1, 1, 2, 2, 2]);
  });

  it('closes the section at the next heading and keeps a References list without numbers as text', () => {
    const blocks = layoutPages([
      page(1, [item('Endnotes', 72, 700, 13, true), ...lines(['1 First source.', '2 Second source.'], 680), item('Annex', 72, 600, 13, true),
        ...lines(['3 countries took part in the survey.'], 580)]),
      page(2, [item('References', 72, 700, 13, true), ...lines(['Smith J. (2020), A Study of Labour.'], 680)]),
    ]);
    expect(blocks.map((b) => [b.kind, b.marker ?? '', b.text])).toEqual([
      ['heading', '', 'Endnotes'], ['footnote', '1', 'First source.'], ['footnote', '2', 'Second source.'],
      ['heading', '', 'Annex'], ['paragraph', '', '3 countries took part in the survey.'],
      ['heading', '', 'References'], ['paragraph', '', 'Smith J. (2020), A Study of Labour.'],
    ]);
  });
});

describe('layoutPages: agenda rows, labels and titles', () => {
  it('starts a block at each time range and at a bold label, after a paragraph rejoined over the page break', () => {
    const blocks = layoutPages([
      page(1, [...lines(['Short cover line.', 'Another cover line.'], 700, { leading: 20 }), ...lines([FULL, 'page and then it breaks in the middle of'], 130)]),
      page(2, [
        ...lines(['the sentence and goes on at the top of the next page.'], 700),
        item('Agenda', 72, 680, 10, true),
        item('09:30 – 10:00', 72, 668), item('Registration', 160, 668),
        item('10.30-12.00', 72, 656), item('Panel: labour inspection', 160, 656),
        item('Chair – Ms. Ada Example, Labour Inspectorate', 160, 644),
        item('12:00 – 13:00', 72, 632), item('Lunch', 160, 632),
        item('Registration is free of charge.', 72, 610),
      ]),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Short cover line.', 'Another cover line.',
      `${FULL} page and then it breaks in the middle of the sentence and goes on at the top of the next page.`,
      'Agenda',
      '09:30 – 10:00 Registration',
      '10.30-12.00 Panel: labour inspection\nChair – Ms. Ada Example, Labour Inspectorate',
      '12:00 – 13:00 Lunch',
      'Registration is free of charge.',
    ]);
  });

  it('keeps a title wrapped over two lines as one heading and gives date and venue lines their own blocks', () => {
    const blocks = layoutPages([page(1, [
      item('Technology and Trafficking in the Baltic Sea Region:', 72, 740, 17, true),
      item('Strengthening Cross-Border Investigations', 72, 718, 17, true),
      ...lines(['Wednesday 12 March 2025, 09:30 – 15:00 EET', 'Ministry of the Interior, Vilnius'], 690, { leading: 15 }),
      ...lines([FULL, 'margin, organised by the Task Force.'], 650, { leading: 15 }),
    ])]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Technology and Trafficking in the Baltic Sea Region: Strengthening Cross-Border Investigations'],
      ['paragraph', 'Wednesday 12 March 2025, 09:30 – 15:00 EET'],
      ['paragraph', 'Ministry of the Interior, Vilnius'],
      ['paragraph', `${FULL} margin, organised by the Task Force.`],
    ]);
  });

  it('keeps a name and its title together when both are regular weight', () => {
    const blocks = layoutPages([page(1, [...lines([FULL, 'end of it.', 'Dr. Ada Example', 'Executive Director, Example Institute'], 700)])]);
    expect(blocks.map((b) => b.text)).toEqual([`${FULL} end of it.\nDr. Ada Example\nExecutive Director, Example Institute`]);
  });
});

describe('chooseTitle', () => {
  const heading = (text: string, level = 1) => ({ kind: 'heading' as const, text, level, page: 1 });
  it('prefers the main heading to a junk or generic metadata title', () => {
    expect(chooseTitle('Microsoft Word - draft3.docx', [heading('Forced Labour in Supply Chains')])).toBe('Forced Labour in Supply Chains');
    expect(chooseTitle('Expert Meeting', [heading('Technology and Trafficking in the Region')])).toBe('Technology and Trafficking in the Region');
    expect(chooseTitle('Annual Report on Forced Labour 2024', [heading('Foreword')])).toBe('Annual Report on Forced Labour 2024');
    expect(chooseTitle(null, [{ kind: 'paragraph', text: 'x' }])).toBeNull();
  });
});

describe('loadPdf: the expert-meeting fixture (pdf-lib, bold fonts, endnotes over a page break)', () => {
  const FILE = 'fixtures/documents/expert-meeting-digital-investigations-2025.pdf';
  it('has one block per agenda row, one title heading, and endnotes 3-6 on pages 2 and 3', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expectWellFormed(doc);
    expect(doc.title).toBe('Technology and Trafficking in the Baltic Sea Region: Strengthening Cross-Border Digital Investigations');
    expect(blockTexts(doc, 'heading')).toEqual([doc.title, 'Background', 'Agenda', 'Endnotes']);
    const paragraphs = blockTexts(doc, 'paragraph');
    expect(paragraphs.slice(0, 3)).toEqual(['Expert Meeting', 'Wednesday 12 March 2025, 09:30 – 15:00 EET', 'Ministry of the Interior of the Republic of Lithuania, Vilnius']);
    const rows = paragraphs.filter((p) => /^\d\d:\d\d – /.test(p));
    expect(rows.map((r) => r.slice(0, 13))).toEqual(['09:30 – 10:00', '10:00 – 10:30', '10:30 – 12:00', '12:00 – 13:00', '13:00 – 14:30', '14:30 – 15:00']);
    expect(rows[4].split('\n')[0]).toBe('13:00 – 14:30 Session II: Cooperation with online platforms and payment providers');
    expect(rows[4].split('\n')[1]).toMatch(/^Chair – Dr\. Jonas Petraitis/);
    expect(notes(doc).map(([m]) => m)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.blocks.filter((b) => b.kind === 'footnote').map((b) => b.page)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(notes(doc)[5]).toEqual(['6', 'Ibid., Article 32.']);
  });
});

describe('loadPdf: the lx- briefing fixture (round-2 loader patterns)', () => {
  const FILE = 'fixtures/documents/lx-policy-briefing-forced-labour-2025.pdf';
  it('keeps the bold Agenda label and its rows out of the paragraph rejoined over the page break', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expectWellFormed(doc);
    const paragraphs = blockTexts(doc, 'paragraph');
    const rejoined = paragraphs.find((p) => p.startsWith('Labour inspectors'))!;
    expect(rejoined).toMatch(/reported increased use of temporary work agencies .* with the highest risk\.⁷$/);
    expect(rejoined).not.toMatch(/Agenda|\d\d\.\d\d-\d\d\.\d\d/);
    const at = paragraphs.indexOf(rejoined);
    expect(paragraphs.slice(at + 1, at + 6).map((p) => p.split('\n')[0])).toEqual([
      'Agenda', '10.00-10.15 Welcome', '10.15-11.30 Panel: Enforcing the ban at the border', '11.30-12.15 Questions from participants', '12.15-12.30 Closing remarks',
    ]);
    expect(paragraphs.slice(0, 4)).toEqual(['Policy Briefing', 'Launch event: Tuesday 14 October 2025, 10:00 – 12:30 CET',
      'Residence Palace, Brussels, and online via Zoom', 'Register: https://events.fairharvest.example.org/launch-2025']);
    expect(doc.title).toBe('Forced Labour in Agricultural Supply Chains: Enforcing the New EU Regulation');
  });

  it('links all seven endnotes under Notes, pages 2 and 3, to their superscript markers', async () => {
    const doc = await loadPdf(await readFile(FILE), FILE);
    expect(notes(doc).map(([m]) => m)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(doc.blocks.filter((b) => b.kind === 'footnote').map((b) => b.page)).toEqual([2, 2, 2, 3, 3, 3, 3]);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(notes(doc)[1][1]).toMatch(/^Regulation \(EU\) 2024\/3015 .* https:\/\/eur-lex\.europa\.eu\/legal-content\/EN\/TXT\/\?uri=CELEX:32024R3015$/);
    expect(notes(doc)[3][1]).toBe('Fair Harvest Alliance (2025), Seasonal Work Monitor 2025, Brussels. https://fairharvest.example.org/publications/seasonal-work-monitor-2025.pdf');
  });

  it('matches what the fixture script generates', async () => {
    const { makeLxBriefingPdf } = await import('../../helpers/make-pattern-fixtures.js');
    const generated = await loadPdf(await makeLxBriefingPdf(), 'generated.pdf');
    const committed = await loadPdf(await readFile(FILE), FILE);
    expect(generated.text).toBe(committed.text);
  });
});
