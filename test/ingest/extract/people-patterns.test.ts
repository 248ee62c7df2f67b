// People in layouts a blind round missed: organization-led entries, role headings and bar labels, a title
// before the name, bold names in HTML, semicolon speaker lists, bracketed organizations without an
// organization word, and former affiliations.
import { describe, expect, it } from 'vitest';
import { loadDocumentBytes } from '../../../ingest/load-document.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import { ExtractionSchema } from '../../../src/extraction.js';
import { extractMd, extractTxt, person } from './helpers.js';

const orgsOf = (p: { affiliations: Array<{ organization: string; current: boolean }> }, current = true) =>
  p.affiliations.filter((a) => a.current === current).map((a) => a.organization);

describe('organization-led entries', () => {
  const txt = `Regional Consultation on Labour Exploitation

Date: 12 May 2023

Speakers

Council of Europe: Petra Novakova, Executive Secretary of the Convention on Action against Trafficking
FLEX – Focus on Labour Exploitation: Kiran Mehta, Senior Policy Officer
European Labour Authority (ELA): Dr. Anca Ionescu, Head of Unit, Enforcement and Analysis
Lumen Rights Collective: Tomas Berg, Head of Sector
`;
  it('reads one person per line with the leading organization, with or without honorific', async () => {
    const x = await extractTxt(txt);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Anca Ionescu', 'Kiran Mehta', 'Petra Novakova', 'Tomas Berg']);
    expect(orgsOf(person(x, 'Petra Novakova'))).toEqual(['Council of Europe']);
    expect(orgsOf(person(x, 'Kiran Mehta'))).toEqual(['Focus on Labour Exploitation']);
    expect(x.organizations.find((o) => o.name === 'Focus on Labour Exploitation')!.acronym).toBe('FLEX');
    expect(person(x, 'Anca Ionescu')).toMatchObject({ honorific: 'Dr.', participation: [{ role: 'speaker' }] });
    expect(orgsOf(person(x, 'Anca Ionescu'))).toEqual(['European Labour Authority']);
    expect(orgsOf(person(x, 'Tomas Berg'))).toEqual(['Lumen Rights Collective']);
  });

  it('keeps "Head of Unit/Sector/Division" as titles, never organizations', async () => {
    const x = await extractMd(`# Expert meeting\n\nDate: 2 May 2023\n\nSpeakers:\n\n- Dr. Anca Ionescu, Head of Unit, European Labour Authority\n- Ms. Lina Sato, Head of Division, Council of Europe\n- Mr. Ivo Kern, Head of Sector Labour Mobility, Ministry of Social Affairs\n`);
    expect(person(x, 'Anca Ionescu').roles).toEqual(['Head of Unit']);
    expect(orgsOf(person(x, 'Ivo Kern'))).toEqual(['Ministry of Social Affairs']);
    for (const bad of ['Unit', 'Division', 'Sector Labour Mobility']) expect(x.organizations.map((o) => o.name)).not.toContain(bad);
  });
});

describe('role headings and labels', () => {
  it('turns headings, dash labels and bar labels into session roles', async () => {
    const x = await extractMd(`# Webinar on Decent Work in Supply Chains

Date: 3 June 2023

**Welcome**

Ms. Hanna Lindgren, Director, Nordic Institute for Labour Studies

**Presentation of the report**

Dr. Marek Zielinski, Researcher, Institute of Social Policy

Chair – Mr. Pavel Dvorak, Programme Manager, Baltic Migrant Network

Discussant: Mr. Karl Roth, Roth Consulting

Q&A and closing remarks | Mr. Stefan Olsen, Nordic Council
`);
    const role = (n: string) => person(x, n).participation.map((p) => p.role);
    expect(role('Hanna Lindgren')).toEqual(['opening']);
    expect(role('Marek Zielinski')).toEqual(['presenter']);
    expect(role('Pavel Dvorak')).toEqual(['moderator']);
    expect(role('Karl Roth')).toEqual(['discussant']);
    expect(role('Stefan Olsen')).toEqual(['closing']);
    expect(x.people.map((p) => p.name)).not.toContain('Roth Consulting');
  });

  it('reads dash labels on agenda rows and a heading-less block of organization-led lines', async () => {
    const x = await extractTxt(`Consultation on Fair Mobility

Tuesday, 17 October 2023, 09:30 – 12:30 CET

Programme

09:30 – 09:40
Welcome
Ms. Inga Solbakk, Senior Adviser, Nordic Council of Ministers

09:40 – 10:10
Opening statement – H.E. Mr. Aris Kalns, Ambassador of Latvia to Denmark

10:10 – 11:20
Panel: Enforcement across borders
Chair – Dr. Mira Achter, Head of Research, Baltic Labour Rights Platform

Council of the Baltic Sea States: Oskar Lindvall, Senior Adviser on Trafficking
FairWork Estonia – Tallinn Migrant Help: Kadri Tamme, Case Worker
Tomasz Wronski (Fundacja Praca i Godnosc, Poland)
`);
    const role = (n: string) => person(x, n).participation.map((p) => p.role);
    expect(role('Inga Solbakk')).toEqual(['opening']);
    expect(role('Aris Kalns')).toEqual(['opening']);
    expect(role('Mira Achter')).toEqual(['moderator']);
    for (const n of ['Oskar Lindvall', 'Kadri Tamme', 'Tomasz Wronski']) expect(role(n)).toEqual(['speaker']);
    expect(orgsOf(person(x, 'Kadri Tamme'))[0]).toBe('FairWork Estonia');
    expect(orgsOf(person(x, 'Tomasz Wronski'))).toEqual(['Fundacja Praca i Godnosc']);
    expect(person(x, 'Tomasz Wronski').location).toBe('Poland');
  });

  it('reads a "Chair:" label that ends a wrapped slot line', async () => {
    const x = await extractTxt(`Regional Meeting of Shelter Providers

Thursday 16.11.2023

09:30 – 10:00   Opening remarks
                Mr. Henrik Aalto, Deputy Head, OSCE Mission to Serbia
12:00 – 13:30   Session 2: Compensation and access to justice – Chair:
                Mr. Marek Stanko, Senior Legal Adviser, Anti-Slavery International. Speakers: Ms. Lejla Hadzi
                (Forum of Solidarity); Mr. Goran Risto, Judge, Basic Court in Novi Sad
13:30 – 14:30   Lunch
`);
    expect(person(x, 'Marek Stanko').participation.map((p) => p.role)).toEqual(['moderator']);
    expect(person(x, 'Goran Risto').participation.map((p) => p.role)).toEqual(['speaker']);
  });

  it('gives people under "— facilitated by" at a line end the moderator role', async () => {
    const x = await extractTxt(`Partnership Conference

Date: 4 April 2019

14.00       Workshops (parallel)
            A. Identifying victims in health settings — facilitated by
               Ms. Julia Byrnes, Safeguarding Lead, Northern Health and
               Social Care Trust
            B. Working with interpreters — facilitated by Mr. Darek
               Nowicki, Community Support Officer, Harbour City Council
`);
    expect(person(x, 'Julia Byrnes').participation.map((p) => p.role)).toEqual(['moderator']);
    expect(orgsOf(person(x, 'Julia Byrnes'))).toEqual(['Northern Health and Social Care Trust']);
    expect(person(x, 'Darek Nowicki').participation.map((p) => p.role)).toEqual(['moderator']);
  });
});

describe('bracketed and trailing organizations without an organization word', () => {
  it('reads the organization from brackets and from the last descriptor', async () => {
    const x = await extractTxt(`Civil Society Panel on Migrant Domestic Workers

Date: 5 April 2023

Speakers:
- Ramesh K. Thapa (Sahara Nepal)
- Elena D. (Casa Speranta Moldova)
- Lotte Jansen, Advocacy Officer, Child Rights Connect
- Ana Sousa (Fundacao Esperanca, FE)
- Marco Rossi, Coordinator, Casa Aperta, Rome, Italy
- Ms. Dragana Petkovic, La Strada Moldova
- Mr. Bekim Shalla (Terre des hommes Kosovo)
`);
    expect(orgsOf(person(x, 'Dragana Petkovic'))).toEqual(['La Strada Moldova']);
    expect(orgsOf(person(x, 'Bekim Shalla'))).toEqual(['Terre des hommes Kosovo']);
    expect(x.people.map((p) => p.name)).not.toContain('La Strada Moldova');
    expect(orgsOf(person(x, 'Ramesh K. Thapa'))).toEqual(['Sahara Nepal']);
    expect(orgsOf(person(x, 'Elena D.'))).toEqual(['Casa Speranta Moldova']);
    expect(orgsOf(person(x, 'Lotte Jansen'))).toEqual(['Child Rights Connect']);
    expect(orgsOf(person(x, 'Ana Sousa'))).toEqual(['Fundacao Esperanca']);
    expect(x.organizations.find((o) => o.name === 'Fundacao Esperanca')!.acronym).toBe('FE');
    expect(person(x, 'Marco Rossi')).toMatchObject({ location: 'Rome, Italy' });
    expect(orgsOf(person(x, 'Marco Rossi'))).toEqual(['Casa Aperta']);
  });

  it('marks "(formerly X)" as a former affiliation', async () => {
    const x = await extractMd(`# Expert Meeting\n\nDate: 9 November 2023\n\nSpeakers:\n\n- Dr. Nina Holm, Senior Researcher, Nordic Research Centre (formerly Oslo Metropolitan University)\n`);
    expect(orgsOf(person(x, 'Nina Holm'))).toEqual(['Nordic Research Centre']);
    expect(orgsOf(person(x, 'Nina Holm'), false)).toEqual(['Oslo Metropolitan University']);
  });
});

describe('speaker lists and citations', () => {
  it('reads a semicolon list with a trailing chair, and takes no citation issuer for a person', async () => {
    const x = await extractTxt(`Online Roundtable: Ending Forced Labour in Europe

Date: 20 October 2023

Speakers: Helen Ashworth, Senior Policy Adviser, Anti-Slavery International; MEP Lukas Brandt, European Parliament; Sara Lind, Researcher, Lund University; Maya Lund, Port Chaplain, Stella Maris; Chair: Oliver Grant, Head of Policy, Walk Free.

Walk Free (2023) Global Slavery Index. Minderoo Foundation.
`);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Helen Ashworth', 'Lukas Brandt', 'Maya Lund', 'Oliver Grant', 'Sara Lind']);
    expect(orgsOf(person(x, 'Maya Lund'))).toEqual(['Stella Maris']);
    expect(person(x, 'Lukas Brandt')).toMatchObject({ honorific: 'MEP' });
    expect(orgsOf(person(x, 'Lukas Brandt'))).toEqual(['European Parliament']);
    expect(person(x, 'Oliver Grant').participation.map((p) => p.role)).toEqual(['moderator']);
    expect(orgsOf(person(x, 'Oliver Grant'))).toEqual(['Walk Free']);
  });

  it('reads "Item – <strong>Name</strong>, Title, Org" in HTML, also under a bold role paragraph', async () => {
    const html = `<html><body><h1>Expert Dialogue on Forced Labour Indicators</h1><p>Date: 14 September 2023</p>
<p><strong>Welcome</strong></p>
<p>Item 1 – <strong>Ms. Elin Strand</strong>, Director, Baltic Child Rights Forum</p>
<p>Opening – <strong>Dr. Olga Petrenko</strong>, Head of Office, International Organization for Migration</p>
<p>Panel discussion – <strong>Mr. Jonas Keller</strong>, Senior Researcher, Danish Institute for Human Rights</p>
<p>Closing remarks – <strong>Ms. Ines Duarte</strong>, Policy Officer, Walk Free</p></body></html>`;
    const x = extractDocument(await loadDocumentBytes(new TextEncoder().encode(html), 'page.html'));
    ExtractionSchema.parse(x);
    expect(person(x, 'Olga Petrenko').participation.map((p) => p.role)).toEqual(['opening']);
    expect(person(x, 'Elin Strand').participation.map((p) => p.role)).toEqual(['opening']);
    expect(orgsOf(person(x, 'Elin Strand'))).toEqual(['Baltic Child Rights Forum']);
    expect(person(x, 'Jonas Keller').participation.map((p) => p.role)).toEqual(['speaker']);
    expect(person(x, 'Ines Duarte').participation.map((p) => p.role)).toEqual(['closing']);
    expect(orgsOf(person(x, 'Ines Duarte'))).toEqual(['Walk Free']);
  });

  it('strips a job title written before the name', async () => {
    const x = await extractTxt(`Side event: Women in Migration\n\nDate: 8 March 2023\n\nOpening remarks: Deputy Executive Director Ruth Okafor-Lind, UN Women\n\nSpeakers:\n\n- Former Minister of Labour Karl Stein, Senior Fellow, Lumen Institute\n`);
    expect(person(x, 'Ruth Okafor-Lind')).toMatchObject({ roles: ['Deputy Executive Director'], participation: [{ role: 'opening' }] });
    expect(person(x, 'Karl Stein')).toMatchObject({ roles: ['Former Minister of Labour', 'Senior Fellow'], participation: [{ role: 'speaker' }] });
  });
});
