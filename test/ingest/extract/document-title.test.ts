// A document's title is never the heading of its notes section ("Endnotes", "NOTES", "References"),
// and its date is never the date of a work its notes cite.
import { describe, expect, it } from 'vitest';
import { extractMd, extractTxt } from './helpers.js';

describe('document title', () => {
  it('skips a notes heading when choosing the title', async () => {
    for (const heading of ['NOTES', 'Endnotes', 'References', '5. Notes']) {
      const x = await extractTxt(`Shelter capacity in the region has grown since 2019.[1] Few shelters accept men.[2]\n\n${heading}\n\n[1] FRA (2019), Protecting migrant workers. https://fra.example/p\n[2] ASTRA (2023), Shelter report. https://astra.example/s\n`);
      expect(x.document.title).not.toBe(heading);
      expect(x.citations).toHaveLength(2);
    }
  });

  it('takes the document date from its own text, not from a note', async () => {
    const cited = await extractMd('# Forced labour at sea\n\nCourts treat abuse at sea as forced labour.¹ Few cases reach court.\n\n¹ European Court of Human Rights, Rantsev v. Cyprus and Russia, judgment of 7 January 2010. https://echr.example/r\n');
    expect(cited.citations).toHaveLength(1);
    expect(cited.document.date).toBeNull();
    const own = await extractMd('# Forced labour at sea\n\nRiga, 12 March 2024\n\nCourts treat abuse at sea as forced labour.¹\n\n¹ ECtHR, Rantsev v. Cyprus and Russia, judgment of 7 January 2010. https://echr.example/r\n');
    expect(own.document.date).toBe('2024-03-12');
  });
});
