// Layouts seen in real programmes: stacked table cells, labels at line starts, speaker biographies,
// appositions, bylines and signatures, and cited authors who are also speakers.
import { describe, expect, it } from 'vitest';
import { extractMd, extractTxt, org, person } from './helpers.js';

describe('layouts', () => {
  it('reads stacked cells (name / position / organization) under a Speakers heading', async () => {
    const x = await extractMd(`# Roundtable on supply chains\n\nWhen: 3 March 2024, 10:00-11:30 CET\n\n## Speakers\n\nName\nPosition\nOrganization\n\nDr. Ada Kim\nHead of Research\nInstitute for Fair Trade Studies\n\nMr. Ben Ortiz\nCompliance Lead\nNorthwind Foods plc\n`);
    expect(person(x, 'Ada Kim').affiliations.map((a) => a.organization)).toEqual(['Institute for Fair Trade Studies']);
    expect(person(x, 'Ben Ortiz').affiliations.map((a) => a.organization)).toEqual(['Northwind Foods plc']);
    expect(person(x, 'Ben Ortiz').participation[0].role).toBe('speaker');
  });

  it('splits labels at line starts and reads bullets under a label', async () => {
    const x = await extractTxt(`Webinar: Fair recruitment\n\n5 May 2021, 14:00-15:00\n\nWelcome: Hon. Ruth Mbeki, Principal Secretary, State Department for Labour\nPanel:\n– Ms. Lina Haddad (Domestic Workers Network)\n– Mr. Omar Farouk (Recruitment Agencies Association)\nModerator: Ms. Ivy Chen (Labour Rights Centre)\n`);
    expect(person(x, 'Ruth Mbeki').participation[0].role).toBe('opening');
    expect(person(x, 'Lina Haddad').participation[0].role).toBe('speaker');
    expect(person(x, 'Lina Haddad').affiliations[0].organization).toBe('Domestic Workers Network');
    expect(person(x, 'Ivy Chen').participation[0].role).toBe('moderator');
  });

  it('takes affiliations from biographies and organizations from appositions', async () => {
    const x = await extractMd(`Title: Survivor voices\n\nDate: 1 June 2022\n\nModerated by Ms. Rita Moreno\n\n## Biographies\n\n**Rita Moreno** is Director of Casa Libre, a Lisbon-based NGO supporting survivors. She was previously a member of the National Anti-Trafficking Council.\n`);
    const rita = person(x, 'Rita Moreno');
    expect(rita.participation[0].role).toBe('moderator');
    expect(rita.affiliations.map((a) => [a.organization, a.current])).toEqual([['Casa Libre', true], ['National Anti-Trafficking Council', false]]);
    expect(org(x, 'Casa Libre')).toBeTruthy();
  });

  it('reads bylines and signatures, and merges a cited author into the person', async () => {
    const x = await extractTxt(`Forced labour in logistics\n\nLena Berg and Tomas Frei, Centre for Labour Mobility Research, Vienna\n\nWorkers were underpaid [1].\n\nKind regards,\n\nMarta Kalnina\nProgramme Officer, Baltic Labour Office\n\nNOTES\n\n[1] Berg L. (2023), Wage theft in logistics. https://x.example/w\n`);
    expect(person(x, 'Lena Berg').affiliations[0].organization).toBe('Centre for Labour Mobility Research');
    expect(person(x, 'Tomas Frei').affiliations[0].organization).toBe('Centre for Labour Mobility Research');
    expect(person(x, 'Marta Kalnina').affiliations[0].organization).toBe('Baltic Labour Office');
    expect(x.people.map((p) => p.name)).not.toContain('Berg L.');
    expect(person(x, 'Lena Berg').roles).toContain('author');
    expect(x.citations[0].authors).toEqual(['Berg L.']);
  });
});
