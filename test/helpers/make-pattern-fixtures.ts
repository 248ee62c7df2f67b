// Generates the binary corpus fixtures that carry the held-out failure patterns (round 1): a side-event DOCX
// with a Word agenda table and real footnotes, and a PDF with a page-bottom footnote block, an agenda after a
// page break and endnotes across a page break; and (lx-) a briefing PDF with the round-2 loader patterns. Run: `npm run build && node dist/test/helpers/make-pattern-fixtures.js`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawChrome, footnoteRule, LEFT, para, type Pen } from './pdf-draw.js';

const OUT = join(process.cwd(), 'fixtures', 'documents');

/** "text{1} more" -> runs with real footnote references. */
function noted(text: string): Array<TextRun | FootnoteReferenceRun> {
  return text.split(/(\{\d+\})/).filter(Boolean)
    .map((t) => (/^\{\d+\}$/.test(t) ? new FootnoteReferenceRun(Number(t.slice(1, -1))) : new TextRun(t)));
}

export async function makeSideEventDocx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const cell = (text: string, bold = false) => new TableCell({
    width: { size: 33, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] })),
  });
  const row = (a: string, b: string, c: string, bold = false) => new TableRow({ children: [cell(a, bold), cell(b, bold), cell(c, bold)] });
  const doc = new Document({
    title: 'Side Event',
    creator: 'IOM Protection Division',
    footnotes: {
      1: { children: [p('ILO Regional Office for Arab States (2023), Recruitment Debt and Digital Remittances: Migrant Workers from Nepal and Bangladesh in the Gulf, Beirut. https://www.ilo.org/beirut/publications/WCMS_889412/lang--en/index.htm')] },
      2: { children: [p('Ibid., p. 12.')] },
      3: { children: [p('OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings (2022), Following the Money: Compendium of Resources and Step-by-step Guide to Financial Investigations into Trafficking in Human Beings, Vienna. https://www.osce.org/cthb/438323')] },
      4: { children: [p('Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families, General comment No. 5 (2021) on migrants\u2019 rights to liberty, freedom from arbitrary detention and their connection with other human rights, CMW/C/GC/5.')] },
    },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Side Event', bold: true, allCaps: true })] }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Debt, Deception and Digital Wallets: Financial Control in Labour Trafficking from South Asia')] }),
        new Paragraph({ children: [new TextRun({ text: 'Thursday, 6 June 2024, 13:15 \u2013 14:30 CEST', bold: true })] }),
        p('Room XXIV, Palais des Nations, Geneva, and online via Webex'),
        p('Convened by the International Organization for Migration (IOM) Protection Division and the OHCHR Regional Office for South-East Asia, in partnership with Shakti Samuha and the Permanent Mission of Nepal to the United Nations Office at Geneva.'),
        p('Register here: https://iom.webex.com/weblink/register/r4d1b7c0e9f2a6b3c8d5e1f7a0b9c2d4e'),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Background')] }),
        new Paragraph({ children: noted('Migrant workers recruited in South Asia for jobs in the Gulf increasingly receive wages through mobile wallets controlled by recruiters, who deduct "fees" before any money reaches the worker.{1} In one survey, four in ten workers said they could not see their own balance.{2} Financial investigators rarely follow these flows across borders.{3}') }),
        new Paragraph({ children: noted('Detention of migrants who try to leave an abusive employer adds to the control exercised through debt.{4} The side event will discuss how regulators, payment providers and workers\u2019 organisations can break this control.') }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Agenda')] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            row('Time', 'Item', 'Speaker', true),
            row('13:15 \u2013 13:20', 'Welcome', 'Ms. Anneliese Goh-Warner, Head, Protection Division, IOM'),
            row('13:20 \u2013 13:30', 'Opening remarks', 'H.E. Ms. Sunita Adhikari-Rana, Ambassador and Permanent Representative of Nepal to the United Nations Office at Geneva'),
            row('13:30 \u2013 14:10', 'Panel discussion', 'Chair: Mr. Oluwaseun Bakare, Human Rights Officer, OHCHR Regional Office for South-East Asia\nManisha Gurung-Thapa (Shakti Samuha)\nDr. Faisal Rahman-Qureshi (ILO Regional Office for Arab States)\nTenzin Dolkar Sherpa (Paisa Sathi, Nepal)'),
            row('14:10 \u2013 14:25', 'Q&A', 'Moderated discussion with participants'),
            row('14:25 \u2013 14:30', 'Closing remarks', 'Mr. \u00c9tienne Lavoie-Marchand, Chief, Human Trafficking and Migrant Smuggling Section, UNODC'),
          ],
        }),
        p('The side event will be held in English with interpretation into Nepali.'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

function chrome(page: PDFPage, font: PDFFont, n: number): void {
  drawChrome(page, font, 'CBSS Task Force against Trafficking in Human Beings', n, { headerY: 806, numberY: 34, size: 8 });
}

/** Agenda row: time at the left margin, item with a hanging indent. */
function agendaRow(pen: Pen, time: string, item: string, bold = false): void {
  pen.page.drawText(time, { x: LEFT, y: pen.y, size: 10.5, font: pen.font });
  para(pen, item, { x: LEFT + 82, size: 10.5, leading: 13.5, font: bold ? pen.bold : pen.font });
  pen.y -= 4;
}

export async function makeExpertMeetingPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Expert Meeting');
  pdf.setAuthor('Council of the Baltic Sea States');
  pdf.setCreationDate(new Date('2025-02-10T09:00:00Z'));
  pdf.setModificationDate(new Date('2025-02-10T09:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  // Page 1: label, a title wrapped over two lines, meta lines, background with two footnotes at the page bottom.
  const p1: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  chrome(p1.page, font, 1);
  p1.page.drawText('Expert Meeting', { x: LEFT, y: p1.y, size: 11, font: bold });
  p1.y -= 28;
  p1.page.drawText('Technology and Trafficking in the Baltic Sea Region:', { x: LEFT, y: p1.y, size: 17, font: bold });
  p1.y -= 22;
  p1.page.drawText('Strengthening Cross-Border Digital Investigations', { x: LEFT, y: p1.y, size: 17, font: bold });
  p1.y -= 30;
  for (const line of ['Wednesday 12 March 2025, 09:30 \u2013 15:00 EET', 'Ministry of the Interior of the Republic of Lithuania, Vilnius']) {
    p1.page.drawText(line, { x: LEFT, y: p1.y, size: 11, font });
    p1.y -= 15;
  }
  p1.y -= 8;
  para(p1, 'Organised by the Council of the Baltic Sea States (CBSS) Task Force against Trafficking in Human Beings in co-operation with the Ministry of the Interior of the Republic of Lithuania.');
  p1.y -= 12;
  p1.page.drawText('Background', { x: LEFT, y: p1.y, size: 13, font: bold });
  p1.y -= 20;
  para(p1, 'Almost every trafficking case investigated in the region now has a digital component: victims are recruited through social media, advertised on classified sites and paid through online wallets.{1} Evidence is held by companies in other jurisdictions, and mutual legal assistance requests can take many months.{2} National police forces report that encrypted messaging and cryptocurrency payments make it harder to identify the');
  const foot = [
    '1 CBSS (2024), Annual Report of the Task Force against Trafficking in Human Beings 2023, Stockholm. https://cbss.org/publications/tf-thb-annual-report-2023/',
    '2 Eurojust (2021), Report on Trafficking in Human Beings: Best practice and issues in judicial cooperation, The Hague. https://www.eurojust.europa.eu/publication/eurojust-report-trafficking-human-beings',
  ];
  footnoteRule(p1.page, 132);
  const fp: Pen = { ...p1, y: 120 };
  for (const f of foot) { para(fp, f, { size: 8.5, leading: 10.5 }); fp.y -= 3; }

  // Page 2: the paragraph continues, then the Agenda heading and rows with a hanging indent.
  const p2: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  chrome(p2.page, font, 2);
  para(p2, 'people behind the accounts.{3} The meeting will bring together investigators, prosecutors and experts from the Baltic Sea States to agree on practical steps for faster cooperation with technology companies.{4} Parties to the Council of Europe anti-trafficking convention have undertaken to cooperate to the widest extent possible,{5} including in investigations.{6}');
  p2.y -= 14;
  p2.page.drawText('Agenda', { x: LEFT, y: p2.y, size: 13, font: bold });
  p2.y -= 22;
  agendaRow(p2, '09:30 \u2013 10:00', 'Registration and coffee');
  agendaRow(p2, '10:00 \u2013 10:30', 'Opening remarks');
  para(p2, 'Vice Minister of the Interior Agne Kalvaitis-Berg, Ministry of the Interior of the Republic of Lithuania', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  para(p2, 'Council of the Baltic Sea States (CBSS): Dr. Kerstin Aalto-Berg, Head of Unit', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  p2.y -= 4;
  agendaRow(p2, '10:30 \u2013 12:00', 'Session I: Open-source intelligence in trafficking investigations', true);
  para(p2, 'Chair \u2013 Eurojust: Ms. Ilze Ozola-Grant, Head of Sector', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  para(p2, 'Speakers: Mr. Mikael Strand (Swedish Police Authority, Sweden); Ms. Kadri Tamm-Oja (Estonian Police and Border Guard Board, PPA)', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  p2.y -= 4;
  agendaRow(p2, '12:00 \u2013 13:00', 'Lunch');
  agendaRow(p2, '13:00 \u2013 14:30', 'Session II: Cooperation with online platforms and payment providers', true);
  para(p2, 'Chair \u2013 Dr. Jonas Petraitis, Senior Prosecutor, Prosecutor General\u2019s Office of Lithuania', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  para(p2, 'Speakers: Ms. Hanna Virtanen (National Bureau of Investigation, Finland); Mr. Lars Eriksen-Holm, Trust and Safety Lead, Nordlink Marketplace', { x: LEFT + 82, size: 10.5, leading: 13.5 });
  p2.y -= 4;
  agendaRow(p2, '14:30 \u2013 15:00', 'Closing remarks \u2013 Dr. Kerstin Aalto-Berg, CBSS');
  p2.y -= 16;
  // Endnotes start on page 2 and run onto page 3.
  p2.page.drawText('Endnotes', { x: LEFT, y: p2.y, size: 13, font: bold });
  p2.y -= 20;
  const end1 = [
    '3 Europol (2021), European Union Serious and Organised Crime Threat Assessment (SOCTA) 2021, Luxembourg: Publications Office of the European Union. https://www.europol.europa.eu/publication-events/main-reports/european-union-serious-and-organised-crime-threat-assessment-socta-2021',
    '4 OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings and Tech Against Trafficking (2020), Leveraging innovation to fight trafficking in human beings: A comprehensive analysis of technology tools, Vienna. https://www.osce.org/cthb/455206',
  ];
  for (const e of end1) { para(p2, e, { size: 9.5, leading: 12 }); p2.y -= 4; }
  const p3: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  chrome(p3.page, font, 3);
  const end2 = [
    '5 Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197, Warsaw, 16 May 2005. https://rm.coe.int/168008371d',
    '6 Ibid., Article 32.',
  ];
  for (const e of end2) { para(p3, e, { size: 9.5, leading: 12 }); p3.y -= 4; }
  return pdf.save();
}

/**
 * Round-2 loader patterns (lx-): a bold body-size "Agenda" label right after a paragraph that runs over a page
 * break, agenda rows timed "10.00-10.15" with a hanging indent, a title on two lines above separate
 * date/venue/registration lines, and seven endnotes under "Notes" that run from page 2 onto page 3.
 */
export async function makeLxBriefingPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Policy Briefing');
  pdf.setCreationDate(new Date('2025-09-01T09:00:00Z'));
  pdf.setModificationDate(new Date('2025-09-01T09:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const header = 'Fair Harvest Alliance \u2013 Policy Briefing 3/2025';
  const p1: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  drawChrome(p1.page, font, header, 1);
  p1.page.drawText('Policy Briefing', { x: LEFT, y: p1.y, size: 11, font: bold });
  p1.y -= 28;
  p1.page.drawText('Forced Labour in Agricultural Supply Chains:', { x: LEFT, y: p1.y, size: 17, font: bold });
  p1.y -= 22;
  p1.page.drawText('Enforcing the New EU Regulation', { x: LEFT, y: p1.y, size: 17, font: bold });
  p1.y -= 30;
  for (const line of ['Launch event: Tuesday 14 October 2025, 10:00 \u2013 12:30 CET', 'Residence Palace, Brussels, and online via Zoom', 'Register: https://events.fairharvest.example.org/launch-2025']) {
    p1.page.drawText(line, { x: LEFT, y: p1.y, size: 11, font });
    p1.y -= 15;
  }
  p1.y -= 10;
  p1.page.drawText('Summary', { x: LEFT, y: p1.y, size: 13, font: bold });
  p1.y -= 20;
  para(p1, 'The Fair Harvest Alliance (FHA) counted more than 2,400 seasonal workers in debt to recruiters during the 2024 harvest, while registered victims of trafficking for labour exploitation in the Union rose again.{1} The new Regulation on products made with forced labour{2} applies from December 2027 and will require customs and market surveillance authorities to act on evidence gathered by civil society, including the field research of Anti-Slavery International.{3}');
  p1.y -= 8;
  para(p1, 'Labour inspectors in several Member States told the Alliance that they see forced labour indicators in the harvest every year but lack the powers to follow goods across borders. Inspectorates in the south of the Union reported increased');
  const p2: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  drawChrome(p2.page, font, header, 2);
  para(p2, 'use of temporary work agencies and letterbox companies during the peak season.{4} Global estimates put the number of people in forced labour at 27.6 million.{5} Most of them work in the private economy,{6} and agriculture is among the sectors with the highest risk.{7}');
  p2.y -= 6;
  p2.page.drawText('Agenda', { x: LEFT, y: p2.y, size: 11, font: bold });
  p2.y -= 16;
  const row = (time: string, item: string, itemFont = font) => {
    p2.page.drawText(time, { x: LEFT, y: p2.y, size: 10.5, font });
    para(p2, item, { x: LEFT + 82, size: 10.5, leading: 13.5, font: itemFont });
  };
  const indent = (text: string) => para(p2, text, { x: LEFT + 82, size: 10.5, leading: 13.5 });
  row('10.00-10.15', 'Welcome');
  indent('Ms. Ilona Varkonyi-Reed, Director, Fair Harvest Alliance');
  row('10.15-11.30', 'Panel: Enforcing the ban at the border', bold);
  indent('Moderator: Mr. Tobiah Lindqvist-Amara, Senior Editor, Supply Chain Review');
  indent('Speakers: Dr. Sunniva Achterberg (Labour Inspectorate of the Netherlands); Mr. Radu Petrescu-Vlad (National Agency for Fiscal Administration, Romania)');
  row('11.30-12.15', 'Questions from participants');
  row('12.15-12.30', 'Closing remarks');
  indent('Ms. Ilona Varkonyi-Reed, FHA');
  p2.y -= 14;
  p2.page.drawText('Notes', { x: LEFT, y: p2.y, size: 13, font: bold });
  p2.y -= 20;
  const note = (pen: Pen, text: string) => { para(pen, text, { size: 9.5, leading: 12 }); pen.y -= 4; };
  note(p2, '1 Eurostat (2024), Trafficking in human beings statistics, Luxembourg. https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Trafficking_in_human_beings_statistics');
  note(p2, '2 Regulation (EU) 2024/3015 of the European Parliament and of the Council of 27 November 2024 on prohibiting products made with forced labour on the Union market. https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R3015');
  note(p2, '3 Anti-Slavery International (2023), Forced labour in the harvest: a briefing, London. https://www.antislavery.org/reports/forced-labour-harvest-2023');
  const p3: Pen = { page: pdf.addPage([595, 842]), font, bold, y: 770 };
  drawChrome(p3.page, font, header, 3);
  note(p3, '4 Fair Harvest Alliance (2025), Seasonal Work Monitor 2025, Brussels. https://fairharvest.example.org/publications/seasonal-work-monitor-2025.pdf');
  note(p3, '5 International Labour Organization (2022), Global Estimates of Modern Slavery: Forced Labour and Forced Marriage, Geneva. https://www.ilo.org/publications/global-estimates-modern-slavery-2022');
  note(p3, '6 Ibid., p. 41.');
  note(p3, '7 European Labour Authority (2024), Seasonal work in agriculture: inspection practices, Bratislava.');
  return pdf.save();
}

async function main(): Promise<void> {
  await writeFile(join(OUT, 'side-event-digital-wallets-2024.docx'), await makeSideEventDocx());
  await writeFile(join(OUT, 'expert-meeting-digital-investigations-2025.pdf'), await makeExpertMeetingPdf());
  await writeFile(join(OUT, 'lx-policy-briefing-forced-labour-2025.pdf'), await makeLxBriefingPdf());
  process.stdout.write(`wrote pattern fixtures to ${OUT}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main();
}
