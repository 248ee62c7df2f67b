// People: bullet programmes, "Label: entry" lines, prose lists, placeholders, honorifics, former affiliations, tbc.
import { describe, expect, it } from 'vitest';
import { parsePersonName, parseAuthorList } from '../../../ingest/extract/names.js';
import { extractMd, extractTxt, person } from './helpers.js';

describe('names', () => {
  it('parses honorifics, initials, hyphens and particles; refuses titles, organizations and placeholders', () => {
    expect(parsePersonName('Congressman Jonathan Q. Adams')).toMatchObject({ honorific: 'Congressman', name: 'Jonathan Q. Adams' });
    expect(parsePersonName('H.E. Ambassador Anna-Lena van der Berg')).toMatchObject({ honorific: 'H.E. Ambassador', name: 'Anna-Lena van der Berg' });
    expect(parsePersonName('Dr. Jane Roe')).toMatchObject({ honorific: 'Dr.', name: 'Jane Roe' });
    for (const s of ['Representative of local authorities', 'Senior Policy Officer', 'UN Women', 'The Hague', 'International Criminal Court', 'Speaker TBC', 'EMPACT THB Driver']) {
      expect(parsePersonName(s), s).toBeNull();
    }
  });

  it('reads cited-author lists', () => {
    expect(parseAuthorList('Doe J. & Roe R.')).toEqual(['Doe J.', 'Roe R.']);
    expect(parseAuthorList('Roe, S.')).toEqual(['Roe, S.']);
    expect(parseAuthorList('Palumbo, L. and Sciurba, A.')).toEqual(['Palumbo, L.', 'Sciurba, A.']);
    expect(parseAuthorList('OHCHR')).toBeNull();
  });
});

describe('bullet programme', () => {
  const md = `Title: Safer Borders for Whom?

Date: 3 March 2022

Opening Remarks:

- **Ambassador Jane Roe**, Head of Mission, Embassy of Norway in Ruritania

Speakers:

- Mr. John Doe, Senior Investigator, Anti-Fraud Office (AFO), Ministry of Finance, formerly National Crime Squad and Border Guard Service (XY), Lisbon, Portugal
- Ms. Ann Lee, Adviser, Office for Refugee Affairs (tbc);
- Representative of local authorities
- Speaker to be confirmed

Moderator: Dr. Omar Haddad, Head, Migration Research Unit, Institute of Policy Studies
`;
  it('gives each person honorific, roles, affiliations, location and a session role', async () => {
    const x = await extractMd(md);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ann Lee', 'Jane Roe', 'John Doe', 'Omar Haddad']);
    const s = x.sessions.find((q) => q.title === 'Safer Borders for Whom?')!;
    expect(person(x, 'Jane Roe')).toMatchObject({ honorific: 'Ambassador', participation: [{ session: s.id, role: 'opening' }] });
    const doe = person(x, 'John Doe');
    expect(doe.honorific).toBe('Mr.');
    expect(doe.location).toBe('Lisbon, Portugal');
    expect(doe.affiliations.filter((a) => a.current).map((a) => a.organization)).toEqual(['Anti-Fraud Office', 'Ministry of Finance']);
    expect(doe.affiliations.filter((a) => !a.current).map((a) => a.organization)).toEqual(['National Crime Squad', 'Border Guard Service']);
    expect(person(x, 'Ann Lee').participation).toEqual([{ session: s.id, role: 'speaker', tentative: true }]);
    expect(person(x, 'Omar Haddad').participation[0].role).toBe('moderator');
    const unit = x.organizations.find((o) => o.name === 'Migration Research Unit')!;
    expect(unit.parent).toBe('Institute of Policy Studies');
    expect(x.organizations.find((o) => o.name === 'Anti-Fraud Office')!.parent).toBe('Ministry of Finance');
  });
});

describe('prose', () => {
  it('reads "With welcoming remarks from A, Title of X, and B, Chief of the Y Section of Z"', async () => {
    const x = await extractMd(`Title: Data and Dignity\n\nDate: 5 May 2021\n\nWith welcoming remarks from Maria Lopez, First Deputy Director of ODIHR, and Peter Novak, Chief of the Victim Support Section of UNODC\n\nModerator: Lena Park, Policy Specialist, Victim Support Section, UNODC\n`);
    expect(person(x, 'Maria Lopez').participation[0].role).toBe('opening');
    expect(person(x, 'Maria Lopez').affiliations.map((a) => a.organization)).toContain('Office for Democratic Institutions and Human Rights');
    expect(person(x, 'Peter Novak').participation[0].role).toBe('opening');
    const section = x.organizations.find((o) => o.name === 'Victim Support Section')!;
    expect(section.parent).toBe('United Nations Office on Drugs and Crime');
    expect(x.people).toHaveLength(3);
  });

  it('reads "Speakers include X, Title at Org, and Y" and "will be chaired by A of Org"', async () => {
    const x = await extractTxt(`Webinar on labour recruitment\n\nDate: 9 June 2022, 14:00-15:30 CET\n\nSpeakers include Dr. Ravi Menon, Senior Fellow at the Centre for Migration Studies, and Ms. Julia Weber, Director of Freedom Works. The discussion will be chaired by Mr. Tom Berg of the National Labour Inspectorate.\n`);
    expect(person(x, 'Ravi Menon').affiliations[0].organization).toBe('Centre for Migration Studies');
    expect(person(x, 'Julia Weber').affiliations[0].organization).toBe('Freedom Works');
    expect(person(x, 'Tom Berg')).toMatchObject({ honorific: 'Mr.', participation: [{ role: 'moderator' }] });
    expect(person(x, 'Tom Berg').affiliations[0].organization).toBe('National Labour Inspectorate');
    expect(x.sessions).toHaveLength(1);
  });

  it('records a quoted official without a session role, and a signature', async () => {
    const x = await extractTxt(`Press release\n\n"We act now," said Ms. Ilse Berg, Chair of the Task Force on Labour Exploitation (TF-LE).\n\nDr. Karl Moser\nExecutive Director, Observatory on Migrant Rights\n`);
    expect(person(x, 'Ilse Berg').participation).toEqual([]);
    expect(person(x, 'Ilse Berg').affiliations[0].organization).toBe('Task Force on Labour Exploitation');
    expect(person(x, 'Karl Moser').affiliations[0].organization).toBe('Observatory on Migrant Rights');
  });
});
