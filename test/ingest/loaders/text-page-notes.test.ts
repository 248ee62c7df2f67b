// Plain text copied out of a PDF: page-bottom notes after a rule, "Notes" sections, page furniture and
// plain-digit markers glued to words ("worldwide.1") must become footnote blocks linked to their markers.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../../src/document.js';
import { loadText } from '../../../ingest/loaders/text.js';
import { looksLikeMarkdown } from '../../../ingest/loaders/sniff.js';
import type { PendingBlock } from '../../../ingest/loaders/document-builder.js';
import { linkPlainMarkers } from '../../../ingest/loaders/text-markers.js';
import { continuesUrl } from '../../../ingest/loaders/text-note-lines.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const enc = (s: string) => new TextEncoder().encode(s);
const load = (s: string) => loadText(enc(s), 'mem.txt');
const notes = (d: LoadedDocument) => d.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.marker, d.text.slice(b.start, b.end)]);
const refs = (d: LoadedDocument) => d.noteRefs.map((r) => [r.marker, d.text.slice(r.start - 6, r.end)]);

describe('loadText on a report copied out of a PDF', () => {
  it('reads each page\'s notes under the rule as footnotes, drops footers and headers, links glued markers', async () => {
    const raw = await readFile(join(ROOT, 'fixtures/documents/tx-policy-brief-displacement-2024.txt'));
    const doc = await loadText(new Uint8Array(raw), 'brief.txt');
    const n = notes(doc);
    expect(n.map((x) => x[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(n[0][1]).toBe('Internal Displacement Monitoring Centre (2024). 2024 Global Report on Internal Displacement. Geneva: IDMC. https://www.internal-displacement.org/global-report/grid2024/');
    expect(n[1][1]).toContain('https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--en/index.htm');
    expect(n[2][1]).toContain('among displaced agricultural workers');
    expect(n[4][1]).toBe('Ibid.');
    expect(n[5][1]).toContain('https://www.ihrb.org/employer-pays/guidance-for-recruiters-2023');
    expect(doc.text).not.toMatch(/grid2024\/2/);
    // the footer and the running header are gone; the paragraph cut by the page break is whole again
    expect(doc.text).not.toContain('Policy Brief 4 | 2024        ');
    expect(doc.text.match(/Displacement, climate shocks/g)).toBeNull();
    expect(doc.text).toContain('DISPLACEMENT, CLIMATE SHOCKS AND TRAFFICKING RISKS');
    expect(doc.text).toContain('without any assessment of the terms.');
    expect(refs(doc).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(refs(doc).map((r) => r[1])).toEqual(['dwide.1', ' 2021,2', 'abour.3', 'wages.4', 'rkers.5', 'ciple.6']);
    // the two-column signature block is read column by column
    expect(doc.text).toContain('Mara Vukovic\nDirector, NCATN Secretariat');
    expect(doc.text).toContain('Dr. Tomas Ekberg\nCo-ordinator of the Research Working Group');
  });

  it('reads the notes under a numbered page footer when the copy lost the rule', async () => {
    const raw = await readFile(join(ROOT, 'fixtures/documents/tx-policy-brief-displacement-2024.txt'), 'utf8');
    const doc = await load(raw.replace(/^_{5,}\n/gm, ''));
    expect(notes(doc).map((x) => x[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(notes(doc)[0][1]).toMatch(/global-report\/grid2024\/$/);
    expect(doc.text).toContain('DISPLACEMENT, CLIMATE SHOCKS AND TRAFFICKING RISKS');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('reads note lines whose number lost its space ("1Internal ...")', async () => {
    const text = 'Displacement rose again.1 Most moved twice.2\n______\n1Example Centre (2023). Global Report.\n2Example Office (2022). Annual Review.';
    const doc = await load(text);
    expect(notes(doc)).toEqual([['1', 'Example Centre (2023). Global Report.'], ['2', 'Example Office (2022). Annual Review.']]);
  });

  it('reads a second layout: dashed rules, blank lines between notes, the footer after them, a numbered heading next', async () => {
    const raw = await readFile(join(ROOT, 'fixtures/documents/tx-fisheries-review-2022.txt'));
    const doc = await loadText(new Uint8Array(raw), 'review.txt');
    const n = notes(doc);
    expect(n.map((x) => x[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(n[0][1]).toMatch(/https:\/\/www\.fishing-transparency\.org\/reports\/time-at-sea-2021\.pdf$/);
    expect(n[1][1]).toMatch(/https:\/\/www\.marinestewardship-forum\.org\/transhipment-labour-risks\/$/);
    expect(n[2][1]).toMatch(/f\?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C188$/);
    expect(n[7][1]).toBe('Regional Fisheries Labour Compact (2021). Model Rules on Manning Agencies. https://www.rflc.int/model-rules-manning-agencies');
    // "2 Findings on recruitment" opens the next page: a heading of its own, not note 2 and not glued to the paragraph before
    const heading = doc.blocks.find((b) => doc.text.slice(b.start, b.end) === '2 Findings on recruitment');
    expect(heading?.kind).toBe('paragraph');
    expect(doc.text).not.toContain('Labour Review 2022   ');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('handles a dashed rule, a bare page number and markers glued to a word ("plan12")', async () => {
    const page = (from: number) => Array.from({ length: 3 }, (_, k) =>
      `Paragraph ${from + k} explains one more finding of the assessment in some detail for the reader${k === 2 ? ` plan${from + k}` : `.${from + k}`} And it goes on.`);
    const text = [
      ...page(10), '', '- 4 -', '----------',
      '10 Regional Office (2021). Annual Review. https://example.org/reviews/',
      '2021-annual-review.pdf', '11 Ibid.', '12 Lee, K. (2020). Fieldwork notes on recruitment in coastal provinces and',
      'the informal economy.',
      ...page(13), '', '- 5 -', '----------',
      '13 Example Institute (2022). Second Report. https://example.org/r2', '14 Ibid.', '15 Ibid.',
    ].join('\n');
    const doc = await load(text);
    expect(notes(doc).map((x) => x[0])).toEqual(['10', '11', '12', '13', '14', '15']);
    expect(notes(doc)[0][1]).toBe('Regional Office (2021). Annual Review. https://example.org/reviews/2021-annual-review.pdf');
    expect(notes(doc)[2][1]).toBe('Lee, K. (2020). Fieldwork notes on recruitment in coastal provinces and the informal economy.');
    expect(doc.text).not.toMatch(/- [45] -/);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['10', '11', '12', '13', '14', '15']);
    expect(refs(doc)[2][1]).toBe('r plan12');
  });

  it('joins a note that runs on under the next page\'s rule to its start', async () => {
    const text = [
      'Most recruiters charged fees above the legal limit.1 Few workers complained.2',
      'Report 3 | 2022     1', '__________',
      '1 Example Ministry (2021). Inspection results. https://example.org/inspections/',
      '2 Example Research Centre (2022). Recruitment fees paid by migrant workers in the',
      'Report 3 | 2022     2',
      'Wages were paid late in half of the cases.3',
      '__________',
      'construction and care sectors. https://example.org/fees-2022',
      '3 Ibid.',
    ].join('\n');
    const doc = await load(text);
    expect(notes(doc)).toEqual([
      ['1', 'Example Ministry (2021). Inspection results. https://example.org/inspections/'],
      ['2', 'Example Research Centre (2022). Recruitment fees paid by migrant workers in the construction and care sectors. https://example.org/fees-2022'],
      ['3', 'Ibid.'],
    ]);
    expect(doc.text).not.toContain('Report 3 | 2022');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3']);
  });

  it('reads an Endnotes section of "[n] Text" and "n. Text" lines, without gluing the next number onto a URL', async () => {
    for (const style of [(n: number) => `[${n}]`, (n: number) => `${n}.`, (n: number) => `${n}`]) {
      const text = [
        'The survey covered 12 regions in 2022.1 Most respondents were women.2',
        '', 'Endnotes', '',
        `${style(1)} Example Agency (2022). Survey Report. https://example.org/survey/`,
        `${style(2)} Example Agency (2023). Follow-up Report. https://example.org/follow-up-`,
        'report-2023.pdf',
      ].join('\n');
      const doc = await load(text);
      expect(notes(doc)).toEqual([
        ['1', 'Example Agency (2022). Survey Report. https://example.org/survey/'],
        ['2', 'Example Agency (2023). Follow-up Report. https://example.org/follow-up-report-2023.pdf'],
      ]);
      expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2']);
    }
  });

  it('leaves figures, years, list numbers, abbreviations and URLs alone', async () => {
    const text = [
      'In 2023, 32.6 million people moved (see p.3 and Figure 2). Of 1,000 cases, 3 of 5 were',
      'recorded at 10:30 by COVID19 teams at https://example.org/page2 in total.1',
      '', '1. Screen every arrival.', '2. Refer cases quickly.', '',
      '________', '1 Example Office (2023). Annual Report.', '2 Example Office (2022). Report.', '3 Ibid.',
    ].join('\n');
    const doc = await load(text);
    expect(refs(doc)).toEqual([['1', 'total.1']]);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').length).toBe(2);
    expect(notes(doc).map((x) => x[0])).toEqual(['1', '2', '3']);
  });

  it('links runs of markers ("labour.1,2", "abuse.3–4")', async () => {
    const text = [
      'Fees were charged to most workers.1,2 Passports were held in some cases.3–4 Over',
      '1,000 workers lost their jobs, in all regions.5',
      '__________',
      '1 Source A (2020). Report A.', '2 Source B (2020). Report B.', '3 Source C (2021). Report C.',
      '4 Source D (2021). Report D.', '5 Source E (2022). Report E.',
    ].join('\n');
    const doc = await load(text);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps a heading used twice in the body of a document with page notes', async () => {
    const text = [
      'Key messages', 'Recruitment fees remain the main driver of debt.', 'Inspections found the same pattern.', '',
      'Findings', 'Most workers paid fees.', 'Key messages', 'Fees must go.1', 'More text follows here.', 'And more.',
      '__________', '1 Source A (2020). Report A.',
    ].join('\n');
    const doc = await load(text);
    expect(doc.text.match(/Key messages/g)?.length).toBe(2);
  });

  it('ends a page\'s notes at a numbered heading that opens the next page', async () => {
    const text = [
      'Inspections rose sharply in the second year of the programme.1', '__________',
      '1 Example Inspectorate (2022). Annual Report. Geneva: Example Press, with a long title that fills the line',
      '2 Findings on recruitment', 'Most workers paid fees to agencies.',
    ].join('\n');
    const doc = await load(text);
    expect(notes(doc).map((x) => x[0])).toEqual(['1']);
    expect(doc.text).toContain('2 Findings on recruitment');
  });

  it('does not read numbered sections after a rule as notes when nothing cites them', async () => {
    const text = 'Introduction text ends here.\n\n----------\n1 Background\nThe project began in 2019.\n2 Methods\nWe interviewed staff.';
    const doc = await load(text);
    expect(notes(doc)).toEqual([]);
    expect(doc.text).toContain('1 Background');
  });

  it('keeps plain text without page notes unchanged in structure', async () => {
    const text = 'Header line\n\nSpeakers\nMs. A B, Director\n\nSpeakers\nMr. C D, Adviser';
    const doc = await load(text);
    expect(doc.text.match(/Speakers/g)?.length).toBe(2);
    expect(doc.noteRefs).toEqual([]);
  });
});

describe('linkPlainMarkers', () => {
  it('takes no dash-joined number for a marker ("COVID-19", "2019-20") and no thousands ("labour.1,000")', () => {
    const blocks: PendingBlock[] = [
      { kind: 'paragraph', text: 'During COVID-19 and in 2019-20 the labour.1,000 figure held; cases rose.1' },
      ...Array.from({ length: 20 }, (_, k) => ({ kind: 'footnote' as const, marker: String(k + 1), text: `Source ${k + 1}.` })),
    ];
    const out = linkPlainMarkers(blocks);
    expect(out[0].noteRefs?.map((r) => [r.marker, out[0].text.slice(r.start - 6, r.end)])).toEqual([['1', ' rose.1']]);
  });
});

describe('continuesUrl', () => {
  it('joins a URL cut after "/", "-", "_", "=", "?" or "&" to a URL-ish next line, never prose', () => {
    expect(continuesUrl('See https://example.org/global-report/', 'grid2023/')).toBe(true);
    expect(continuesUrl('at https://example.org/a?x=1&', 'y=2 accessed 2023')).toBe(true);
    expect(continuesUrl('at https://example.org/report_', 'final.pdf')).toBe(true);
    expect(continuesUrl('https://example.org/report/', 'Accessed 3 May 2023.')).toBe(false);
    expect(continuesUrl('https://example.org/report/', 'sessment of the terms.')).toBe(false);
    expect(continuesUrl('https://example.org/report', 'The next sentence.')).toBe(false);
    expect(continuesUrl('https://example.org/report', 'lang--en/index.htm')).toBe(true);
  });
});

describe('looksLikeMarkdown on PDF copies', () => {
  it('does not take the rules over page notes for Markdown thematic breaks', () => {
    const page = 'Body text of the page.1\n________________________\n1 Source (2020). Title.\n';
    expect(looksLikeMarkdown(enc(page.repeat(4)))).toBe(false);
    expect(looksLikeMarkdown(enc('Intro\n\n---\n\nPart two\n\n---\n\nPart three\n\n---\n\nEnd\n'))).toBe(true);
  });
});
