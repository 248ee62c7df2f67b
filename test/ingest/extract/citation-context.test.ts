// The citing sentence of a citation is its own sentence, whatever the marker glued to the full stop
// before the next one: superscripts, bracketed numbers, roman numerals, Markdown footnotes.
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../ingest/extract/text-utils.js';
import { extractMd, extractTxt } from './helpers.js';

const sentences = (t: string) => sentenceSpans(t).map(([a, b]) => t.slice(a, b));

describe('citation context sentences', () => {
  it('ends a sentence after a superscript, bracketed or footnote marker glued to its full stop', () => {
    expect(sentences('Abuse at sea is forced labour.¹ The standard was strengthened in 2014.²,³ Children are protected.'))
      .toEqual(['Abuse at sea is forced labour.¹', 'The standard was strengthened in 2014.²,³', 'Children are protected.']);
    expect(sentences('Victims are reported by NGOs.[ii] The police reported fewer.[iii][iv] Minors rose.'))
      .toEqual(['Victims are reported by NGOs.[ii]', 'The police reported fewer.[iii][iv]', 'Minors rose.']);
    expect(sentences('Platforms recruit people.[^2] At the Council level, GRETA urged action.'))
      .toEqual(['Platforms recruit people.[^2]', 'At the Council level, GRETA urged action.']);
    // not markers: a version number, an abbreviation
    expect(sentences('Version 2.0 Released today. See e.g. [1] Smith.')).toEqual(['Version 2.0 Released today.', 'See e.g. [1] Smith.']);
  });

  it('quotes only the citing sentence of a superscript and a roman marker in a paragraph', async () => {
    const sup = await extractMd('# Brief\n\nCourts treat abuse at sea as forced labour.¹ The standard was strengthened in 2014.² Children on vessels are protected.\n\n¹ ILO (2014), Protocol of 2014 to the Forced Labour Convention. https://ilo.example/p\n\n² ILO (2019), Fishing guide. https://ilo.example/f\n');
    expect(sup.citations.map((c) => [c.marker, c.context])).toEqual([
      ['1', 'Courts treat abuse at sea as forced labour.¹'],
      ['2', 'The standard was strengthened in 2014.²'],
    ]);
    const roman = await extractTxt('Report\n\nPossible victims are reported by NGOs.[ii] The police reported fewer of them.[iii] Registrations rose.\n\nNOTES\n\n[ii] CoMensha (2019), Annual Report 2019. https://c.example/a\n[iii] Police (2019), Figures. https://p.example/f\n');
    expect(roman.citations.map((c) => c.context)).toEqual(['Possible victims are reported by NGOs.[ii]', 'The police reported fewer of them.[iii]']);
  });
});
