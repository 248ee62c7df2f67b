// People named outside programme layouts: after an honorific anywhere ("said Ms. A, Chair of X"; a signature
// "Dr. B" over a title line) or after "said/according to"; recorded without a session role.
import type { ExtractContext } from './context.js';
import { parsePersonName } from './names.js';
import type { OrgRegistry } from './organizations.js';
import type { PeopleCollector } from './people-collector.js';
import { splitPeopleList } from './people-list.js';
import { parsePersonEntry } from './person-entry.js';
import { nameKey, sentenceSpans } from './text-utils.js';

/** Most honorific mentions read per block. */
const MAX_MENTIONS_PER_BLOCK = 500;
const HONORIFIC_AT = /(?<![\p{L}.])(?:H\.E\.|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Professor|Judge|Senator|Congressman|Congresswoman|Sir|Dame|Mr|Ms|Mrs|Dr)\s+(?=\p{Lu})/gu;
const SAID = /\b(?:said|says|added|noted|stated|explained|according to)\s+(?=\p{Lu})/gu;

/**
 * People named with an honorific anywhere ("said Ms. A, Chair of X"; a signature "Dr. B" over a title line),
 * or after "said/according to": recorded without a session role unless found above with one.
 */
export function mentionedPeople(ctx: ExtractContext, orgs: OrgRegistry, people: PeopleCollector): void {
  // names already read with a role: their honorifics need no second look
  const seen = [...people.byKey.values()].flatMap((r) => r.provenance.map((p) => p.start)).sort((a, b) => a - b);
  const near = (at: number) => {
    let lo = 0, hi = seen.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (seen[mid] < at) lo = mid + 1; else hi = mid; }
    return lo < seen.length && seen[lo] - at <= 40;
  };
  for (const u of ctx.units) {
    if (u.kind === 'footnote') continue;
    const raw = ctx.masked.slice(u.start, u.end);
    const starts = [...raw.matchAll(HONORIFIC_AT)].map((m) => m.index!).concat([...raw.matchAll(SAID)].map((m) => m.index! + m[0].length)).slice(0, MAX_MENTIONS_PER_BLOCK);
    if (!starts.length) continue;
    const sentences = sentenceSpans(ctx.masked, u.start, u.end);
    let si = 0;
    for (const at of starts.sort((a, b) => a - b)) {
      if (near(u.start + at)) continue;
      while (si < sentences.length && sentences[si][1] <= u.start + at) si++;
      const end = si < sentences.length ? sentences[si][1] : u.end;
      // an entry is short: a name and a few descriptors
      let text = ctx.masked.slice(u.start + at, Math.min(end, u.start + at + 400));
      const nl = text.indexOf('\n');
      // a name alone on its line: the next line carries title and organization (a signature)
      if (nl >= 0) {
        const first = text.slice(0, nl);
        const next = text.slice(nl + 1).split('\n')[0];
        text = parsePersonName(first) && next ? first + ',' + next : first;
      }
      const group = splitPeopleList(text, u.start + at, (s) => orgs.isKnown(s))[0];
      if (!group) continue;
      const d = parsePersonEntry(group[0], group[1], orgs);
      if (d && !people.byKey.has(nameKey(d.name))) people.add(ctx, d, null, null, 'people');
    }
  }
}
