// Sessions: labelled blocks, agenda time slots (ranges and single times), one-event announcements,
// the parent conference, merging an overview with its detail page, and no sessions in a report.
import { describe, expect, it } from 'vitest';
import { findDates, findTime, findZone } from '../../../ingest/extract/dates.js';
import { extractMd, extractTxt } from './helpers.js';

describe('dates and times', () => {
  it('reads the common forms', () => {
    expect(findDates('20-22 July 2020').map((d) => [d.date, d.endDate])).toEqual([['2020-07-20', '2020-07-22']]);
    expect(findDates('Wednesday, June 15, 2022')[0].date).toBe('2022-06-15');
    expect(findDates('Tuesday 21 July', 0, 2020)[0].date).toBe('2020-07-21');
    expect(findTime('11:30 – 13:00 (Vienna time)')).toMatchObject({ startTime: '11:30', endTime: '13:00' });
    expect(findTime('2:00 p.m. – 3:30 p.m. ET')).toMatchObject({ startTime: '14:00', endTime: '15:30' });
    expect(findTime('8:00–9:30 a.m.')).toMatchObject({ startTime: '08:00', endTime: '09:30' });
    expect(findTime('20-22 July')).toBeNull();
    expect(findZone('based on Vienna time, GMT+2')).toEqual({ timezone: 'GMT+2', label: 'Vienna time' });
  });
});

describe('sessions', () => {
  it('merges an overview entry with its labelled detail block and nests them in the conference', async () => {
    const x = await extractMd(`5th Annual Conference on Safe Migration

10-11 May 2023

(All times are Geneva time, GMT+2)

Wednesday 10 May

09:30-10:30

Counting the invisible: data on forced labour

Online side-event organized by the Statistics Unit in collaboration with the Migration Research Institute (via Zoom)

Title: Counting the Invisible: Data on Forced Labour

Date: 10 May 2023

Time: 09:30 – 10:30

Convenor: Statistics Unit/Labour Standards Section (SU/LSS) in collaboration with Migration Research Institute (MRI)

Registration: https://events.example.org/register/data

Title: Second panel on recruitment fees and debt

Date: 11 May 2023

Time: 14:00 – 15:00
`);
    const conf = x.sessions.find((s) => s.kind === 'conference')!;
    expect(conf).toMatchObject({ title: '5th Annual Conference on Safe Migration', date: '2023-05-10', endDate: '2023-05-11' });
    const s = x.sessions.filter((q) => q.kind === 'session');
    expect(s.map((q) => [q.title, q.date, q.startTime, q.endTime, q.timezone])).toEqual([
      ['Counting the Invisible: Data on Forced Labour', '2023-05-10', '09:30', '10:30', 'GMT+2'],
      ['Second panel on recruitment fees and debt', '2023-05-11', '14:00', '15:00', 'GMT+2'],
    ]);
    expect(s[0].convenors).toEqual(['Statistics Unit', 'Labour Standards Section', 'Migration Research Institute']);
    expect(s[0].platform).toBe('Zoom');
    expect(s[0].registrationUrl).toBe('https://events.example.org/register/data');
    expect(s.every((q) => q.partOf === conf.id)).toBe(true);
  });

  it('makes a session of every agenda slot but breaks, with the day header as date', async () => {
    const x = await extractTxt(`Regional Expert Forum 2021

PROGRAMME

Monday 8 March 2021

9.00        Registration and coffee

9.30        Welcome
            Ms. Anna Berg, Director, Regional Office

10.00 - 11.30   Panel 1: Victims in the justice process

11.30       Coffee break

11.45       Closing remarks
`);
    const s = x.sessions.filter((q) => q.kind === 'session');
    expect(s.map((q) => [q.title, q.date, q.startTime])).toEqual([
      ['Welcome', '2021-03-08', '09:30'],
      ['Panel 1: Victims in the justice process', '2021-03-08', '10:00'],
      ['Closing remarks', '2021-03-08', '11:45'],
    ]);
    expect(x.people[0].participation[0]).toMatchObject({ session: s[0].id, role: 'opening' });
  });

  it('makes one session of an announcement, with the quoted title and the date given with it', async () => {
    const x = await extractTxt(`PRESS RELEASE

Oslo, 2 February 2024

The Nordic Council will convene its seminar "Work Without Exploitation: Inspections that Reach Migrants" in Oslo on 14 March 2024. The seminar is co-organised with the Labour Inspection Authority, and brings together 80 experts.

The seminar will be opened by Ms. Kari Dahl, Director of the Labour Inspection Authority.
`);
    expect(x.sessions).toHaveLength(1);
    expect(x.sessions[0]).toMatchObject({ title: 'Work Without Exploitation: Inspections that Reach Migrants', date: '2024-03-14' });
    expect(x.sessions[0].convenors).toEqual(['Nordic Council', 'Labour Inspection Authority']);
  });

  it('finds no session in a report', async () => {
    const x = await extractTxt(`FORCED LABOUR IN FISHERIES\n\nPolicy Report, May 2022\n\nIntroduction\n\nCrews are recruited through agencies [1]. Most were never paid [2].\n\nNOTES\n\n[1] ILO (2019), Fishers first. https://www.ilo.org/x\n[2] Interviews, 2021.\n`);
    expect(x.sessions).toEqual([]);
  });
});
