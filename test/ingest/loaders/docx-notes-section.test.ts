// Notes typed by hand under a "Notes" heading in Word (or HTML): numbered paragraphs "1 ...", "2. ...", "[3] ..."
// become footnote blocks linked to the superscript markers in the text; the section ends at the next heading.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../../ingest/loaders/docx.js';
import { loadHtml } from '../../../ingest/loaders/html.js';
import { expectWellFormed, notes } from './invariants.js';

const sup = (n: string) => new TextRun({ text: n, superScript: true });

describe('loadDocx: a hand-typed notes section', () => {
  it('turns "1 ...", "2. ..." and "[3] ..." paragraphs under Notes into notes, and stops at the next heading', async () => {
    const docx = new Document({ sections: [{ children: [
      new Paragraph({ children: [new TextRun('Registered victims rose.'), sup('1'), new TextRun(' The Regulation applies from 2027.'), sup('2'), new TextRun(' GRETA agreed.'), sup('3')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Notes')] }),
      new Paragraph('1 Eurostat (2024), Trafficking in human beings statistics.'),
      new Paragraph('2. Regulation (EU) 2024/3015 on prohibiting products made with forced labour.'),
      new Paragraph('[3] GRETA (2023), Twelfth General Report.'),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Annex')] }),
      new Paragraph('4 countries replied to the survey.'),
    ] }] });
    const doc = await loadDocx(await Packer.toBuffer(docx), 'notes.docx');
    expectWellFormed(doc);
    expect(notes(doc)).toEqual([
      ['1', 'Eurostat (2024), Trafficking in human beings statistics.'],
      ['2', 'Regulation (EU) 2024/3015 on prohibiting products made with forced labour.'],
      ['3', 'GRETA (2023), Twelfth General Report.'],
    ]);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3']);
    expect(doc.text).toContain('\n\n4 countries replied to the survey.');
  });

  it('leaves numbered paragraphs outside a notes section alone', async () => {
    const docx = new Document({ sections: [{ children: [
      new Paragraph('1 Opening of the meeting'), new Paragraph('2 Adoption of the agenda'),
    ] }] });
    const doc = await loadDocx(await Packer.toBuffer(docx), 'list.docx');
    expect(notes(doc)).toEqual([]);
  });

  it('keeps agenda table rows as blocks with one line per cell', async () => {
    const cell = (...lines: string[]) => new TableCell({ children: lines.map((t) => new Paragraph(t)) });
    const docx = new Document({ sections: [{ children: [
      new Table({ rows: [
        new TableRow({ children: [cell('Time'), cell('Item'), cell('Speaker')] }),
        new TableRow({ children: [cell('10:00 – 11:00'), cell('Panel on labour inspection'), cell('Ms. Ada Example, Labour Inspectorate')] }),
      ] }),
    ] }] });
    const doc = await loadDocx(await Packer.toBuffer(docx), 'agenda.docx');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual([
      'Time\nItem\nSpeaker', '10:00 – 11:00\nPanel on labour inspection\nMs. Ada Example, Labour Inspectorate',
    ]);
  });
});

describe('loadHtml: a hand-typed notes section', () => {
  it('links numbered note paragraphs under an Endnotes heading to <sup> markers', async () => {
    const html = '<p>Claim one.<sup>1</sup> Claim two.<sup>2</sup></p><h2>Endnotes</h2><p>1 First source (2020).</p><p>2) Second source (2021).</p>';
    const doc = await loadHtml(new TextEncoder().encode(html), 'notes.html');
    expect(notes(doc)).toEqual([['1', 'First source (2020).'], ['2', 'Second source (2021).']]);
  });
});
