// A document's title is never the heading of its notes section ("Endnotes", "NOTES", "References").
import { describe, expect, it } from 'vitest';
import { extractTxt } from './helpers.js';

describe('document title', () => {
  it('skips a notes heading when choosing the title', async () => {
    for (const heading of ['NOTES', 'Endnotes', 'References', '5. Notes']) {
      const x = await extractTxt(`Shelter capacity in the region has grown since 2019.[1] Few shelters accept men.[2]\n\n${heading}\n\n[1] FRA (2019), Protecting migrant workers. https://fra.example/p\n[2] ASTRA (2023), Shelter report. https://astra.example/s\n`);
      expect(x.document.title).not.toBe(heading);
      expect(x.citations).toHaveLength(2);
    }
  });
});
