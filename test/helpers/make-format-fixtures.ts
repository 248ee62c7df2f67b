// Generates the binary format fixtures in fixtures/formats/: a DOCX with real Word footnotes and endnotes
// (docx), a two-page PDF whose page-1 footnotes split a paragraph (pdf-lib), truncated copies, garbage, empty.
// Run from the project root: `npm run build && node dist/test/helpers/make-format-fixtures.js`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun,
} from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { drawChrome, footnoteRule, LEFT, para, type Pen } from './pdf-draw.js';

const OUT = join(process.cwd(), 'fixtures', 'formats');

export async function makeDocx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    title: 'Seasonal Work Without Exploitation: Policy Brief 2024',
    creator: 'Centre for Mobility and Labour Rights',
    footnotes: {
      1: { children: [p('Danube Institute for Migration Studies (2023), Seasonal Work and Recruitment Fees in Central Europe. https://example.org/dims/seasonal-work-2023')] },
      2: { children: [p('Varga H. & Okafor T. (2022), Paying to Work: Debt Bondage in Agricultural Supply Chains, Journal of Labour Mobility 14(2).')] },
      3: { children: [p('https://example.org/cmlr/inspection-toolkit')] },
    },
    endnotes: {
      1: { children: [p('Interviews conducted by the Centre for Mobility and Labour Rights (CMLR) between March and June 2024.')] },
      2: { children: [p('European Labour Authority (2024), Annual Report on Labour Mobility, 3 May 2024. https://example.org/ela/annual-report-2024')] },
    },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Seasonal Work Without Exploitation')] }),
        new Paragraph({ children: [new TextRun({ text: 'Policy Brief 2024', bold: true })] }),
        p('Prepared by the Centre for Mobility and Labour Rights (CMLR) with the support of the Nordic Fund for Fair Recruitment.'),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1. Summary')] }),
        new Paragraph({ children: [
          new TextRun('Recruitment fees remain the main driver of debt bondage among seasonal workers'),
          new FootnoteReferenceRun(1),
          new TextRun(', and recent research links them to forced labour in agriculture.'),
          new FootnoteReferenceRun(2),
          new TextRun(' Our field interviews confirm this pattern.'),
          new EndnoteReferenceRun(1),
        ] }),
        new Paragraph({ children: [
          new TextRun('Labour inspectors can use the '),
          new ExternalHyperlink({ link: 'https://example.org/cmlr/inspection-toolkit', children: [new TextRun({ text: 'CMLR inspection toolkit', style: 'Hyperlink' })] }),
          new TextRun(' when visiting farms.'),
          new FootnoteReferenceRun(3),
          new TextRun(' Cross-border cases rose by a third in 2023.'),
          new EndnoteReferenceRun(2),
        ] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('2. Speakers at the launch event')] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Dr. Helena Varga, Director, Danube Institute for Migration Studies (DIMS)')] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Mr. Tobias Okafor, Senior Adviser on Fair Recruitment, Nordic Fund for Fair Recruitment')] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Ms. Ingrid Solberg, formerly Chief Labour Inspector of the Norwegian Labour Inspection Authority')] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

type Layout = Pen;

/** A body paragraph (11pt on 14.5pt unless told otherwise). */
function drawParagraph(l: Layout, text: string, size = 11, leading = 14.5, font = l.font): number {
  para(l, text, { size, leading, font });
  return l.y;
}

/** Notes at the page bottom under a rule, 8.5pt; a note's number is raised (as Word sets it) or on the baseline. */
function drawFootnotes(l: Layout, notes: Array<{ marker: string; text: string; supMarker: boolean }>): void {
  const pen: Pen = { ...l, y: 60 + notes.length * 22 };
  footnoteRule(l.page, pen.y + 14);
  for (const n of notes) {
    if (n.supMarker) l.page.drawText(n.marker, { x: LEFT, y: pen.y + 3, size: 5.5, font: l.font });
    else l.page.drawText(n.marker, { x: LEFT, y: pen.y, size: 8.5, font: l.font });
    para(pen, n.text, { x: LEFT + 8, size: 8.5, leading: 10.5 });
    pen.y -= 2;
  }
}

const HEADER = 'Regional Labour Mobility Review 2024';

export async function makePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Regional Labour Mobility Review 2024');
  pdf.setAuthor('Baltic Observatory on Fair Work');
  // Fixed dates keep regenerated fixtures byte-identical.
  pdf.setCreationDate(new Date('2024-05-02T09:00:00Z'));
  pdf.setModificationDate(new Date('2024-05-02T09:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const p1: Layout = { page: pdf.addPage([595, 842]), font, bold, y: 740 };
  drawChrome(p1.page, font, HEADER, 1);
  p1.page.drawText('Regional Labour Mobility Review 2024', { x: LEFT, y: 760, size: 18, font: bold });
  p1.y = 725;
  drawParagraph(p1, 'Published by the Baltic Observatory on Fair Work (BOFW), Riga, in cooperation with the Danube Institute for Migration Studies (DIMS).');
  p1.y -= 12;
  p1.page.drawText('1. Background', { x: LEFT, y: p1.y, size: 14, font: bold });
  p1.y -= 22;
  drawParagraph(p1, 'Seasonal workers in the region increasingly arrive through informal intermediaries. The Observatory recorded 412 complaints about unpaid wages in 2023, twice the number of the previous year.{1} Most complaints concerned agriculture and food processing.');
  p1.y -= 10;
  drawParagraph(p1, 'Dr. Marta Kalnina, Head of Research at BOFW, presented these findings to the Regional Labour Ministers Conference in Tallinn on 14 March 2024. She noted that debt linked to recruitment fees now affects one worker in five.{2} The ministers asked for a joint inspection plan.');
  p1.y -= 10;
  drawParagraph(p1, 'Several governments have responded with new licensing rules for agencies, yet enforcement remains uneven across borders. Labour inspectorates reported increased');
  drawFootnotes(p1, [
    { marker: '1', supMarker: true, text: 'Baltic Observatory on Fair Work (2024), Wage Complaints Register: Annual Statistics 2023. https://example.org/bofw/complaints-2023' },
    { marker: '2', supMarker: false, text: 'Kalnina M. & Petrauskas J. (2023), Recruitment Debt among Seasonal Workers, Riga: BOFW Working Paper 7.' },
  ]);

  const p2: Layout = { page: pdf.addPage([595, 842]), font, bold, y: 760 };
  drawChrome(p2.page, font, HEADER, 2);
  drawParagraph(p2, 'use of subcontracting chains to avoid liability, in particular in construction and meat processing, where workers are often posted from third countries.{3}');
  p2.y -= 12;
  p2.page.drawText('2. Recommendations', { x: LEFT, y: p2.y, size: 14, font: bold });
  p2.y -= 22;
  drawParagraph(p2, 'The Observatory recommends that governments:');
  p2.y -= 6;
  for (const item of ['• ban all recruitment fees charged to workers;', '• share inspection data across borders;', '• fund independent legal advice for posted workers.']) drawParagraph(p2, item);
  drawFootnotes(p2, [
    { marker: '3', supMarker: false, text: 'European Labour Authority (2024), Posting of Workers in Subcontracting Chains. https://example.org/ela/posting-2024' },
  ]);
  return pdf.save();
}

/** Bytes that are neither text nor any supported format (deterministic). */
export function garbage(length = 4096): Uint8Array {
  const out = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const docx = await makeDocx();
  const pdf = await makePdf();
  await writeFile(join(OUT, 'policy-brief-notes.docx'), docx);
  await writeFile(join(OUT, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  await writeFile(join(OUT, 'labour-review-2p.pdf'), pdf);
  await writeFile(join(OUT, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 3)));
  await writeFile(join(OUT, 'garbage.bin'), garbage());
  await writeFile(join(OUT, 'empty.txt'), '');
  process.stdout.write(`wrote fixtures to ${OUT}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main();
}
