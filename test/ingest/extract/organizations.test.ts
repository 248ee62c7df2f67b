// Organizations: Schwartz-Hearst acronyms, one organization per name/acronym/variant, parents from the text.
import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from '../../../ingest/extract/acronyms.js';
import { extractMd, org } from './helpers.js';

describe('acronyms', () => {
  it('finds long forms by Schwartz-Hearst, including slashed pairs', () => {
    const defs = findAcronymDefinitions('the Office of The Prosecutor (OTP) and the Transnational Threats Department/Strategic Police Matters Unit (TNTD/SPMU) and victims of trafficking (VoTs)');
    expect(defs.map((d) => [d.short, d.long])).toEqual([
      ['OTP', 'Office of The Prosecutor'],
      ['TNTD', 'Transnational Threats Department'],
      ['SPMU', 'Strategic Police Matters Unit'],
      ['VoTs', 'victims of trafficking'],
    ]);
  });
});

describe('organizations', () => {
  it('merges an acronym with its long form and a spelling variant; glossary lists domain acronyms', async () => {
    const x = await extractMd(`The Border Analysis Centre (BAC) met EUROPOL and Europol's analysts. The BAC reported on THB and NRMs.\n`);
    expect(org(x, 'BAC').name).toBe('Border Analysis Centre');
    expect(x.organizations.filter((o) => o.acronym === 'Europol')).toHaveLength(1);
    expect(x.acronyms).toEqual(expect.arrayContaining([{ short: 'BAC', long: 'Border Analysis Centre' }, { short: 'THB', long: 'trafficking in human beings' }]));
  });

  it('reads parents from possessives, "X of Y", "Unit, Department" lists and known bodies', async () => {
    const x = await extractMd(`Organized by the Ministry of Labour's Inspection Directorate (ID). Ms. Eva Holm, Head, Child Protection Unit, Social Services Department.\n\nMr. Jan Kos, Member of Council of Europe GRETA\n\nDr. Ute Lang, Lecturer, Legal Clinic Section of the Free University College of Law\n`);
    expect(org(x, 'Inspection Directorate').parent).toBe('Ministry of Labour');
    expect(org(x, 'Child Protection Unit').parent).toBe('Social Services Department');
    expect(org(x, 'GRETA').parent).toBe('Council of Europe');
    expect(org(x, 'Legal Clinic Section').parent).toBe('Free University College of Law');
    expect(org(x, 'Free University College of Law').parent).toBe('Free University');
  });

  it('does not take places, people or document symbols for organizations', async () => {
    const x = await extractMd(`Report A/HRC/46/31 was presented in The Hague, Netherlands, by Ms. Ada Lin of the Migration Policy Institute.\n`);
    expect(x.organizations.map((o) => o.name)).toEqual(['Migration Policy Institute']);
  });
});
