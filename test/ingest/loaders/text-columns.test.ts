// Two-column signature blocks in text copied out of a PDF are read column by column; tables and agenda rows are not.
import { describe, expect, it } from 'vitest';
import { splitSignatureColumns } from '../../../ingest/loaders/text-columns.js';

describe('splitSignatureColumns', () => {
  it('reads a signature block column by column, aligned or not', () => {
    expect(splitSignatureColumns('Jane Roe        Dr. John Doe\nDirector, Example Agency        Co-ordinator of the Working Group'))
      .toBe('Jane Roe\nDirector, Example Agency\n\nDr. John Doe\nCo-ordinator of the Working Group\n');
    expect(splitSignatureColumns('Prof. Ann Lee                 Mr. Bo Tan\nChair                         Rapporteur\nExample Institute             Example Council'))
      .toBe('Prof. Ann Lee\nChair\nExample Institute\n\nMr. Bo Tan\nRapporteur\nExample Council\n');
  });

  it('takes names with particles', () => {
    expect(splitSignatureColumns('Maria de la Cruz      Jan van der Berg\nChair      Rapporteur'))
      .toBe('Maria de la Cruz\nChair\n\nJan van der Berg\nRapporteur\n');
  });

  it('leaves name-and-role tables, agenda rows and single lines as they are', () => {
    const table = 'Ms. Ann Lee        Director, Example Agency\nMr. Bo Tan        Adviser, Example Council';
    expect(splitSignatureColumns(table)).toBe(table);
    const agenda = '09:30 – 10:00      Opening\n10:00 – 11:30      Panel';
    expect(splitSignatureColumns(agenda)).toBe(agenda);
    expect(splitSignatureColumns('Ann Lee        Bo Tan')).toBe('Ann Lee        Bo Tan');
  });
});
