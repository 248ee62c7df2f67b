// Extraction throughput: a generated corpus of programme-like documents (bullet programmes, agendas with
// times, prose announcements, reports with notes; names and organizations drawn at random) is written to a
// temp dir, then (1) loaded and split into blocks -- the baseline -- and (2) loaded and fully extracted.
// Reports MB/s for both and their ratio, measured in the same run because the machine is shared.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { prng } from './prng.js';

const DOCS = 1200;


const FIRST = ['Amira', 'Bogdan', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hanna', 'Ivo', 'Jelena', 'Kofi', 'Lars', 'Marta', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tamar', 'Ugo', 'Vera', 'Wiktor', 'Yusuf', 'Zora'];
const LAST = ['Abramova', 'Bianchi', 'Castellanos', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gashi', 'Horvat', 'Ilić', 'Jansen', 'Kowalski', 'Lindqvist', 'Mensah', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rahman', 'Sandoval', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Yilmaz', 'Zeller'];
const HONOR = ['Mr.', 'Ms.', 'Dr.', 'Prof.', 'Ambassador', 'H.E.', ''];
const ROLE = ['Senior Adviser', 'Head', 'Director', 'Programme Officer', 'Policy Specialist', 'Chief Inspector', 'Legal Officer', 'Researcher', 'Deputy Director', 'Coordinator'];
const TOPIC = ['Labour Exploitation', 'Migrant Smuggling', 'Victim Protection', 'Financial Investigations', 'Online Recruitment', 'Border Security', 'Child Protection', 'Gender Equality', 'Anti-Corruption', 'Cybercrime'];
const HEAD = ['Unit', 'Department', 'Centre', 'Office', 'Agency', 'Institute', 'Foundation', 'Commission', 'Directorate', 'Network'];
const COUNTRY = ['Austria', 'Serbia', 'Norway', 'Latvia', 'Georgia', 'Portugal', 'Moldova', 'Finland', 'Albania', 'Ireland'];
const KNOWN = ['OSCE', 'UNODC', 'IOM', 'Europol', 'Council of Europe', 'UN Women', 'ILO', 'ODIHR', 'UNHCR', 'Eurojust'];

function corpusDoc(i: number): { name: string; text: string } {
  const r = prng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const org = () => (r() < 0.4 ? pick(KNOWN) : r() < 0.5 ? `${pick(TOPIC)} ${pick(HEAD)}` : `Ministry of ${pick(['Interior', 'Justice', 'Labour', 'Social Affairs'])} of ${pick(COUNTRY)}`);
  const person = () => `${pick(HONOR)} ${pick(FIRST)} ${pick(LAST)}, ${pick(ROLE)}, ${org()}`.trim();
  const day = 1 + Math.floor(r() * 27);
  const month = pick(['March', 'May', 'June', 'September', 'October', 'November']);
  const year = 2018 + Math.floor(r() * 7);
  const h = 8 + Math.floor(r() * 8);
  const title = () => `${pick(['Addressing', 'Countering', 'Understanding', 'Preventing'])} ${pick(TOPIC)} in ${pick(COUNTRY)}`;
  const notes = Array.from({ length: 2 + Math.floor(r() * 5) }, (_, k) => `${pick(KNOWN)} (${year - 1}), ${pick(TOPIC)}: a review ${k + 1}. https://example.org/pub/${i}/${k}`);
  const style = i % 4;
  if (style === 0) {
    const sessions = Array.from({ length: 2 + Math.floor(r() * 3) }, (_, k) => `Title: ${title()}\n\nDate: ${day + k} ${month} ${year}\n\nTime: ${h}:00 – ${h + 1}:30 (CET)\n\nConvenor: ${org()} in collaboration with ${org()}\n\nDescription - The session examines ${pick(TOPIC).toLowerCase()} and its links to ${pick(TOPIC).toLowerCase()}.${'¹²³⁴⁵⁶'[k] ?? ''}\n\nOpening Remarks:\n\n- **${person()}**\n\nSpeakers:\n\n${Array.from({ length: 3 + Math.floor(r() * 3) }, () => `- ${person()}`).join('\n')}\n- Representative of local authorities\n\nModerator: ${person()}\n\nRegistration: https://events.example.org/${i}/${k}/registration`);
    const fns = notes.slice(0, sessions.length).map((n, k) => `${'¹²³⁴⁵⁶'[k]} ${n}`);
    return { name: `prog-${i}.md`, text: `${org()}\n\n${year} Conference on ${pick(TOPIC)}\n\n${sessions.join('\n\n')}\n\n${fns.join('\n\n')}\n` };
  }
  if (style === 1) {
    const slots = Array.from({ length: 5 + Math.floor(r() * 4) }, (_, k) => `${h + k}.00        ${k % 3 === 2 ? 'Coffee break' : `Panel ${k + 1}: ${title()}`}\n            ${person()}\n            ${person()}`);
    return { name: `agenda-${i}.txt`, text: `${pick(TOPIC)} Forum ${year}\n\n${day} ${month} ${year}\n\nPROGRAMME\n\n${slots.join('\n\n')}\n` };
  }
  if (style === 2) {
    const a = `${pick(FIRST)} ${pick(LAST)}`, b = `${pick(FIRST)} ${pick(LAST)}`;
    return { name: `announce-${i}.md`, text: `# Webinar: ${title()}\n\n**${day} ${month} ${year}, ${h}:00–${h + 1}:30 CET, online via Zoom**\n\nHosted by the ${pick(TOPIC)} ${pick(HEAD)} and ${pick(KNOWN)}.\n\nWith welcoming remarks from ${a}, ${pick(ROLE)} of ${pick(KNOWN)}, and ${b}, ${pick(ROLE)} at the ${pick(TOPIC)} ${pick(HEAD)}. Speakers include ${person()}, and ${person()}. The discussion will be moderated by ${person()}.\n\nRegister: https://example.org/webinar/${i}/register\n` };
  }
  const paras = Array.from({ length: 4 + Math.floor(r() * 4) }, (_, k) => `The ${pick(TOPIC).toLowerCase()} response of the ${org()} improved in ${pick(COUNTRY)}, according to recent data [${(k % notes.length) + 1}]. Cooperation with the ${org()} remains limited.`);
  return { name: `report-${i}.txt`, text: `${pick(TOPIC).toUpperCase()} IN ${pick(COUNTRY).toUpperCase()}\n\nPolicy Report, ${month} ${year}\n\n${paras.join('\n\n')}\n\nNOTES\n\n${notes.map((n, k) => `[${k + 1}] ${n}`).join('\n')}\n` };
}

async function timeIt(files: string[], work: (f: string) => Promise<void>): Promise<number> {
  const t0 = performance.now();
  for (const f of files) await work(f);
  return (performance.now() - t0) / 1000;
}

/** Generate the corpus, time baseline and extraction, print MB/s and the ratio. */
export async function run(): Promise<{ mbPerSecond: number; baselineMbPerSecond: number; ratio: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'citegraph-extract-bench-'));
  try {
    for (let i = 0; i < DOCS; i++) {
      const d = corpusDoc(i);
      writeFileSync(join(dir, d.name), d.text);
    }
    const files = readdirSync(dir).map((f) => join(dir, f));
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    const mb = bytes / (1024 * 1024);
    // warm-up: JIT and module loading should not count against either side
    for (const f of files.slice(0, 50)) extractDocument(await loadDocument(f));
    let people = 0;
    const baseline = await timeIt(files, async (f) => { await loadDocument(f); });
    const full = await timeIt(files, async (f) => { people += extractDocument(await loadDocument(f)).people.length; });
    const result = { mbPerSecond: mb / full, baselineMbPerSecond: mb / baseline, ratio: baseline / full };
    process.stdout.write(
      `corpus: ${files.length} documents, ${mb.toFixed(2)} MB, ${people} people extracted\n` +
      `baseline (load + split blocks): ${baseline.toFixed(2)} s, ${result.baselineMbPerSecond.toFixed(2)} MB/s\n` +
      `extraction (load + extract):    ${full.toFixed(2)} s, ${result.mbPerSecond.toFixed(2)} MB/s\n` +
      `ratio extraction/baseline throughput: ${result.ratio.toFixed(3)} (extraction costs ${(1 / result.ratio).toFixed(1)}x the load)\n`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
