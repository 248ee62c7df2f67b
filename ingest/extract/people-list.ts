// Splits a people list ("A, Title, and B, Title"; "A (Org), B (Org) and C") into one text span per person.
import { startsWithPerson } from './person-entry.js';
import { splitTopLevel } from './text-utils.js';

/** Split a list of people ("A, Title, and B, Title"; "A (Org), B (Org) and C") into one text span per person. */
export function splitPeopleList(text: string, offset: number, isOrg: (s: string) => boolean): Array<[string, number]> {
  // "A, Title, Org; B, Port Chaplain, Org": when semicolons separate people, a comma part is a descriptor
  const semi = splitTopLevel(text, offset, (t, i) => (t[i] === ';' ? 1 : 0));
  const bySemicolon = semi.length >= 2 && semi.every(([p]) => !p.trim() || startsWithPerson(p.trim()));
  if (bySemicolon) return semi.filter(([p]) => p.trim());
  const parts = splitTopLevel(text, offset, (t, i) => (t[i] === ',' || t[i] === ';' ? 1 : 0));
  // a part "X and Jane Doe" hides a second person
  const pieces: Array<[string, number]> = [];
  for (const [p, o] of parts) {
    const m = /\s(?:and|&)\s+(?=\S)/.exec(p);
    if (m && startsWithPerson(p.slice(m.index + m[0].length)) && !isOrg(p.slice(m.index + m[0].length).split(/[,(]/)[0].trim()) && startsWithPerson(p.slice(0, m.index))) {
      pieces.push([p.slice(0, m.index), o], [p.slice(m.index + m[0].length), o + m.index + m[0].length]);
    } else pieces.push([p, o]);
  }
  const groups: Array<[number, number]> = [];
  for (const [p, o] of pieces) {
    const isPerson = startsWithPerson(p) && !isOrg(p.replace(/^(?:and|&)\s+/, '').split(/[,(]/)[0].trim());
    if (isPerson || !groups.length) groups.push([o, o + p.length]);
    else groups[groups.length - 1][1] = o + p.length;
  }
  return groups.map(([s, e]) => [text.slice(s - offset, e - offset), s]);
}
