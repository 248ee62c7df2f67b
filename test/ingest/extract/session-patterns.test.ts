// Session patterns from a blind round: label lines and by-lines above the real title, wrapped titles, agenda
// rows with speakers glued on, day headings, one-line "date | time | platform" lines and convenor phrasings.
import { describe, expect, it } from 'vitest';
import { dayHeaderDate } from '../../../ingest/extract/agenda-days.js';
import { cleanAgendaTitle, isSegmentTitle } from '../../../ingest/extract/session-titles.js';
import { extractTxt } from './helpers.js';

const brief = (x: Awaited<ReturnType<typeof extractTxt>>) =>
  x.sessions.map((s) => ({ kind: s.kind, title: s.title, date: s.date, start: s.startTime, end: s.endTime, tz: s.timezone, convenors: s.convenors, platform: s.platform, reg: s.registrationUrl }));

describe('session patterns', () => {
  it('skips a generic label and the by-line above the title, and keeps the by-line as convenors', async () => {
    const x = await extractTxt(`Side Event Concept Note

Organized by the Permanent Mission of Norway and the Global Labour Institute

Protecting Migrant Domestic Workers from Debt Bondage

Date: 14 June 2023
Time: 13:15 – 14:30 (Geneva time)
Venue: Room XXIII, Palais des Nations

Background

Domestic workers often arrive owing large recruitment fees.
`);
    expect(brief(x)).toMatchObject([{ title: 'Protecting Migrant Domestic Workers from Debt Bondage', date: '2023-06-14', start: '13:15', end: '14:30', convenors: ['Permanent Mission of Norway', 'Global Labour Institute'] }]);
  });

  it('joins a title wrapped onto a second line and reads "date, time zone, on platform"', async () => {
    const x = await extractTxt(`PROGRAMME

Building Resilient Child Protection Systems in Border Regions:
Lessons from Cross-Border Case Management

Tuesday 10 December 2024, 15:00-16:00 GMT, on Zoom

Convened by the Regional Child Rights Network and the Border Welfare Council

Speakers:
- Ms. Lena Park, Director, Regional Child Rights Network
- Dr. Omar Said, Adviser, Border Welfare Council

Register here: https://zoom.us/webinar/register/WN_abc123
`);
    expect(brief(x)).toEqual([{
      kind: 'session', title: 'Building Resilient Child Protection Systems in Border Regions: Lessons from Cross-Border Case Management',
      date: '2024-12-10', start: '15:00', end: '16:00', tz: 'GMT', convenors: ['Regional Child Rights Network', 'Border Welfare Council'],
      platform: 'Zoom', reg: 'https://zoom.us/webinar/register/WN_abc123',
    }]);
  });

  it('cuts speakers off agenda rows, drops segments with speakers, and dates rows by their day heading', async () => {
    const x = await extractTxt(`Annual Conference on Labour Rights 2023

Geneva, 17-18 October 2023

Wednesday 18.10.2023

10:00 – 10:15 Opening remarks H.E. Ms. Clara Vogt, Ambassador, Permanent Mission of Austria

10:15 – 11:30 Session 2: Compensation for victims – Chair: Ms. Ana Ruiz, Speakers: Mr. Ben Cole, Dr. Ida Holm

11:30 – 11:45 Coffee break

11:45 – 13:00 Session 3: Access to justice for migrant workers

13:00 – 13:15 Closing – Dr. Ida Holm
`);
    expect(brief(x).map((s) => [s.kind, s.title, s.date, s.start])).toEqual([
      ['conference', 'Annual Conference on Labour Rights 2023', '2023-10-17', null],
      ['session', 'Session 2: Compensation for victims', '2023-10-18', '10:15'],
      ['session', 'Session 3: Access to justice for migrant workers', '2023-10-18', '11:45'],
    ]);
  });

  it('carries "Day N – date" headings over the rows below them', async () => {
    const x = await extractTxt(`Regional Forum on Safe Migration

14-15 May 2024, Vienna

Day 1 – 14 May

09:30 – 11:00 Panel 1: Recruitment fees and debt

Day 2 – 15 May

09:30 – 11:00 Panel 3: Victim identification at borders
`);
    expect(x.sessions.filter((s) => s.kind === 'session').map((s) => s.date)).toEqual(['2024-05-14', '2024-05-15']);
  });

  it('reads a "date | time zone | platform" line and splits plural Permanent Missions per country', async () => {
    const x = await extractTxt(`Side event: Ending the Sale and Sexual Exploitation of Children Online

June 14, 2023 | 9:00 AM – 11:00 AM EST | Online via Webex

Co-sponsored by the Permanent Missions of Luxembourg and Thailand to the United Nations Office at Geneva, Child Rights Connect and ECPAT International

Speakers:
- Ms. Rosa Lind, Director, Child Rights Connect

Register for online participation: https://events.example.org/weblink/r12345
`);
    expect(brief(x)).toEqual([{
      kind: 'session', title: 'Ending the Sale and Sexual Exploitation of Children Online', date: '2023-06-14', start: '09:00', end: '11:00', tz: 'EST',
      convenors: ['Permanent Mission of Luxembourg to the United Nations Office at Geneva', 'Permanent Mission of Thailand to the United Nations Office at Geneva', 'Child Rights Connect', 'ECPAT International'],
      platform: 'WebEx', reg: 'https://events.example.org/weblink/r12345',
    }]);
  });

  it('takes a time line naming only zone and platform as the event time, not as an agenda slot', async () => {
    const x = await extractTxt(`Webinar: Financial Flows of Human Trafficking

10:00–11:30 CET (Brussels time), Microsoft Teams

Thursday 5 September 2024

Organised by the Anti-Money Laundering Network in co-operation with the Financial Integrity Centre

Moderator: Mr. Paul Stern, Financial Integrity Centre
`);
    expect(brief(x)).toMatchObject([{ title: 'Financial Flows of Human Trafficking', date: '2024-09-05', start: '10:00', end: '11:30', tz: 'CET', platform: 'Microsoft Teams', convenors: ['Anti-Money Laundering Network', 'Financial Integrity Centre'] }]);
  });

  it('parses day headings and agenda titles', () => {
    expect(['Wednesday 18.10.2023', 'Day 2 – 15 May', 'DAY 1: Tuesday, 14 May 2024', '**Thursday, June 16**', 'Session 2: Compensation'].map((l) => dayHeaderDate(l, 2024)))
      .toEqual(['2023-10-18', '2024-05-15', '2024-05-14', '2024-06-16', null]);
    expect(cleanAgendaTitle('Session II: Cooperation with platforms Chair – Dr. Jonas Berg, Prosecutor')).toEqual({ title: 'Session II: Cooperation with platforms', hadSpeakers: true });
    expect(cleanAgendaTitle('Panel 1: Victims in the justice process')).toEqual({ title: 'Panel 1: Victims in the justice process', hadSpeakers: false });
    expect(['Opening remarks', 'Q&A', 'Closing', 'Keynote address', 'Welcome and opening'].every(isSegmentTitle)).toBe(true);
    expect(isSegmentTitle('Keynote address: Ten years of the Strategy')).toBe(false);
  });
});

describe('session registration links', () => {
  it('knows a meeting platform webinar link and a registering path, not an ordinary page', async () => {
    const { isRegistrationLink } = await import('../../../ingest/extract/session-fields.js');
    expect(isRegistrationLink('https://us06web.zoom.us/webinar/WN_x1')).toBe(true);
    expect(isRegistrationLink('https://events.example.org/register/data')).toBe(true);
    expect(isRegistrationLink('https://zoom.us/j/123456')).toBe(false);
    expect(isRegistrationLink('https://www.example.org/webinar/report.pdf')).toBe(false);
  });
});
