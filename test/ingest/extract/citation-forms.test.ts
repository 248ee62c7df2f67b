// Note forms the generic reading got wrong: Ibid./Id. back-references, legal instruments, case law,
// titles after an issuer's comma, the most specific issuer, and author lists in several styles.
import { describe, expect, it } from 'vitest';
import { isIbidNote, isLocator } from '../../../ingest/extract/note-forms.js';
import { parseNote } from '../../../ingest/extract/note-parse.js';
import { isInstrumentName } from '../../../ingest/extract/org-instruments.js';
import { extractMd } from './helpers.js';

const knownBodies = (s: string) => /^(?:Council of Europe|Standing Conference of Labour|Court of Appeal|Committee on Migrant Workers|Regional Bureau|Experts Group|Office of the Special Envoy on Labour)$/.test(s);

describe('note forms', () => {
  it('tells back-references and locators from titles', () => {
    for (const t of ['Ibid.', 'Ibid., p. 47.', 'Id.', 'Ibidem, Article 2(e).', 'See ibid.']) expect(isIbidNote(t), t).toBe(true);
    for (const t of ['Idaho Coalition (2020), Report.', 'Identity theft online, 2019.']) expect(isIbidNote(t), t).toBe(false);
    for (const t of ['47', 'p. 47', 'pp. 3-5', 'Article 2(e)', 'para. 12']) expect(isLocator(t), t).toBe(true);
    expect(isLocator('Forced labour in fisheries')).toBe(false);
  });

  it('knows instrument names, which are titles and never organizations', () => {
    for (const t of ['Protocol of 2014 to the Forced Labour Convention', 'Council of Europe Convention on Action against Trafficking', 'Directive 2011/36/EU', 'Chatham House Rule', 'Resolution 55/25', 'Modern Slavery Act']) expect(isInstrumentName(t), t).toBe(true);
    for (const t of ['Directorate for Regulation of Migration', 'Fundamental Principles and Rights at Work Branch', 'Council of Europe', 'Global Programme against Money Laundering']) expect(isInstrumentName(t), t).toBe(false);
  });

  it('reads an instrument as the title and the body that adopted it as the issuer', () => {
    expect(parseNote('Protocol of 2019 to the Domestic Work Convention, 1950 (P077), adopted by the Standing Conference of Labour at its 90th Session, Oslo, 3 June 2019.', knownBodies))
      .toMatchObject({ agent: 'Standing Conference of Labour', title: 'Protocol of 2019 to the Domestic Work Convention, 1950', year: 2019 });
    expect(parseNote('Council of Europe Convention on the Protection of Seasonal Workers, CETS No. 301, Valletta, 4 May 2018.', knownBodies))
      .toMatchObject({ agent: 'Council of Europe', title: 'Council of Europe Convention on the Protection of Seasonal Workers' });
    expect(parseNote('Protocol to Prevent, Suppress and Punish Smuggling of Goods, Especially Food and Medicine, supplementing the Convention on Trade, 2001.').title)
      .toBe('Protocol to Prevent, Suppress and Punish Smuggling of Goods, Especially Food and Medicine');
  });

  it('reads a case name as the title and the court as the issuer', () => {
    expect(parseNote('Court of Appeal, Okafor and Others v. Malta, no. 12345/19, judgment of 2 May 2021.', knownBodies))
      .toMatchObject({ agent: 'Court of Appeal', title: 'Okafor and Others v. Malta', year: 2021 });
  });

  it('keeps a document title whole across its number and year, after the issuer\'s comma', () => {
    expect(parseNote('Committee on Migrant Workers, General comment No. 7 (2020) on the rights of seasonal workers, CMW/C/GC/7, 1 March 2020.', knownBodies))
      .toMatchObject({ agent: 'Committee on Migrant Workers', title: 'General comment No. 7 (2020) on the rights of seasonal workers', year: 2020 });
    expect(parseNote('Office of the Special Envoy on Labour, Fair Recruitment in Practice (Geneva, 2019).', knownBodies))
      .toMatchObject({ agent: 'Office of the Special Envoy on Labour', title: 'Fair Recruitment in Practice', year: 2019 });
    // "Body, Sub-body (year)": the sub-body is the more specific issuer
    expect(parseNote('Council of Europe, Experts Group (2021), Third Report on Seasonal Work, Strasbourg.', knownBodies))
      .toMatchObject({ agent: 'Experts Group', title: 'Third Report on Seasonal Work' });
  });

  it('reads author lists in several styles', () => {
    expect(parseNote('Novak, P., Ortiz, L. et al., Recruitment Fees in Global Supply Chains, Tideway Press, 2018.')).toMatchObject({ authors: ['Novak, P.', 'Ortiz, L.'], title: 'Recruitment Fees in Global Supply Chains', year: 2018 });
    expect(parseNote('P. Novak and L. Ortiz, "Recruitment Fees", Journal of Labour Studies, 2018.')).toMatchObject({ authors: ['P. Novak', 'L. Ortiz'], title: 'Recruitment Fees', year: 2018 });
    expect(parseNote('Novak P. & Ortiz L. (2018), Recruitment fees. https://n.example/r')).toMatchObject({ authors: ['Novak P.', 'Ortiz L.'], year: 2018 });
  });
});

describe('citations with back-references and specific issuers', () => {
  it('resolves Ibid./Id. to the previous note and names the most specific issuer', async () => {
    const x = await extractMd([
      'Findings.¹ More.² Again.³ Also.⁴', '',
      '¹ OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings, Applying Survivor-Centred Approaches (Vienna, 2019).',
      '² Ibid., p. 47.',
      '³ Id.',
      '⁴ Ibidem, Article 2(e).', '',
    ].join('\n'));
    const [a, b, c, d] = x.citations;
    expect(a).toMatchObject({ issuer: 'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings', title: 'Applying Survivor-Centred Approaches', year: 2019 });
    for (const n of [b, c, d]) expect(n).toMatchObject({ issuer: a.issuer, title: a.title, year: 2019 });
    expect(x.organizations.map((o) => o.name)).not.toContain('Ibidem');
  });

  it('gives an instrument its issuer and never registers it as an organization', async () => {
    const x = await extractMd('The convention applies.¹\n\n¹ Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197, Warsaw, 16 May 2005.\n');
    expect(x.citations[0]).toMatchObject({ issuer: 'Council of Europe', title: 'Council of Europe Convention on Action against Trafficking in Human Beings', year: 2005 });
    expect(x.organizations.map((o) => o.name)).toEqual(['Council of Europe']);
  });
});

describe('several issuers before the year', () => {
  it('keeps "A, B and C (year), Title" as issuers and the title after the year', () => {
    const isOrg = (s: string) => /^(?:Standing Conference of Labour|Tideway Trust|Regional Bureau|Tideway Trust and Regional Bureau)$/.test(s) || /Bureau$/.test(s);
    const p = parseNote('Standing Conference of Labour, Tideway Trust and Regional Bureau (2022), Global Estimates of Seasonal Work, Geneva.', isOrg);
    expect(p.title).toBe('Global Estimates of Seasonal Work');
    expect(p.agent).toBe('Standing Conference of Labour, Tideway Trust and Regional Bureau');
  });
});

describe('bodies named like people', () => {
  it('keeps "Harbour Clothes Campaign (2019)" an issuer, not an author', async () => {
    const x = await extractMd('Audits fail.¹\n\n¹ Harbour Clothes Campaign (2019), Fig Leaves for Fashion, Amsterdam. https://hcc.example/fig\n');
    expect(x.citations[0]).toMatchObject({ issuer: 'Harbour Clothes Campaign', authors: [], title: 'Fig Leaves for Fashion' });
  });
});

describe('titles before their issuer, quoted titles with subtitles', () => {
  it('reads "Title, Body (year)." and "‘Quote’: Subtitle"', () => {
    const isOrg = (s: string) => /^(?:OSCE|Harbour Centre|UNHCR and Harbour Centre)$/.test(s);
    expect(parseNote('Summary of the 2021 regional meetings, OSCE (2021). https://o.example/s', isOrg)).toMatchObject({ agent: 'OSCE', title: 'Summary of the 2021 regional meetings', year: 2021 });
    expect(parseNote('UNHCR and Harbour Centre (2020), ‘No one cares if you live or die’: Abuse and justice along the routes. https://u.example/j', isOrg).title)
      .toBe('No one cares if you live or die: Abuse and justice along the routes');
  });
});

describe('more note styles', () => {
  it('reads publication details, resolutions, several issuers before a title, and Op. cit.', async () => {
    const x = await extractMd([
      'A.¹ B.² C.³ D.⁴', '',
      '¹ UNODC, Global Report on Smuggling of Goods 2021 (United Nations publication, Sales No. E.21.IV.2), p. 12.',
      '² General Assembly resolution 71/9 of 3 October 2016.',
      '³ ILO, Walk Free and IOM, Global Estimates of Seasonal Work (Geneva, 2019).',
      '⁴ Op. cit., p. 3.', '',
    ].join('\n'));
    const [a, b, c, d] = x.citations;
    expect(a).toMatchObject({ issuer: 'United Nations Office on Drugs and Crime', title: 'Global Report on Smuggling of Goods 2021' });
    expect(b).toMatchObject({ issuer: 'United Nations General Assembly', title: 'General Assembly resolution 71/9', year: 2016 });
    expect(c).toMatchObject({ issuer: 'International Labour Organization', title: 'Global Estimates of Seasonal Work', year: 2019 });
    expect(d).toMatchObject({ issuer: c.issuer, title: c.title });
    expect(x.organizations.map((o) => o.name)).not.toContain('Op');
  });
});
