// Key phrases (topics beyond the vocabulary) read as subjects: no fragments that skip a short word,
// no half of a longer phrase, no organization or office names, no vocabulary synonyms.
import { describe, expect, it } from 'vitest';
import { keyPhrases } from '../../../ingest/extract/topics.js';
import { extractMd } from './helpers.js';

const labels = (text: string, names: string[] = []) => keyPhrases(text, 10, names).map((k) => k.label);

describe('key phrases', () => {
  it('keeps "of" inside a phrase and never joins words across a skipped short word or punctuation', () => {
    const text = 'The Council of Europe met. '.repeat(3) + 'Manning agencies, recruitment. '.repeat(3) + 'The COVID-19 pandemic grew. '.repeat(3);
    const got = labels(text);
    expect(got).not.toContain('council europe');
    expect(got).toContain('manning agencies');
    expect(got).not.toContain('agencies recruitment');
    expect(got.some((l) => l.includes('covid-'))).toBe(false);
  });

  it('leaves a pair mostly seen inside a triple to the triple', () => {
    const got = labels('Child sexual abuse is rising. '.repeat(4) + 'Migrant workers and posted workers. '.repeat(3));
    expect(got).toContain('child sexual abuse');
    expect(got).not.toContain('child sexual');
    expect(got).not.toContain('sexual abuse');
    expect(got).toEqual(expect.arrayContaining(['migrant workers', 'posted workers']));
  });

  it('drops organization and person names, offices, meetings and vocabulary terms', () => {
    const text = 'Nordic Council of Ministers funds shelters. '.repeat(3) + 'The regional office and the side event. '.repeat(3)
      + 'Forced labour and trafficking in human beings. '.repeat(3) + 'Shelter capacity grew. Shelter capacity fell. Shelter capacity is low.';
    const got = labels(text, ['Nordic Council of Ministers']);
    for (const bad of ['nordic council', 'council of ministers', 'regional office', 'side event', 'forced labour', 'human beings', 'trafficking human']) expect(got).not.toContain(bad);
    expect(got).toContain('shelter capacity');
  });

  it('a document\'s organizations are not its topics', async () => {
    const body = 'Fair Harvest Alliance (FHA) reports seasonal workers in debt. '.repeat(3) + 'Seasonal workers need written contracts. '.repeat(2);
    const x = await extractMd(`# Brief on seasonal work\n\n${body}\n`);
    const topics = x.topics.map((t) => t.label);
    expect(topics).toContain('seasonal workers');
    expect(topics.filter((t) => t.startsWith('fair harvest') || t.startsWith('harvest'))).toEqual([]);
  });
});
