#!/usr/bin/env node
// VENDORED, unmodified below this header: copy of /work/shared/eval/score.mjs (the shared scorer,
// `../shared/eval/score.mjs` from the project root), so tests do not depend on ../shared.
// Update by copying the file again; test/helpers/score-extraction.ts runs it as a child process.
// Scores an extraction (the JSON that `citegraph extract FILE --format json` prints)
// against a gold annotation file.
//
//   node score.mjs EXTRACTION.json GOLD.json [--verbose]
//
// Prints precision / recall / F1 for people, organizations, sessions, citations and
// URLs, field accuracy on the matched items, and a last line `overall F1 = X`.
// Gold items marked "optional": true are neither required nor counted as false positives.
import { readFileSync } from "node:fs";

const [extractionPath, goldPath, ...flags] = process.argv.slice(2);
if (!extractionPath || !goldPath) {
  console.error("usage: node score.mjs EXTRACTION.json GOLD.json [--verbose]");
  process.exit(2);
}
const verbose = flags.includes("--verbose");

function readJson(path) {
  const text = readFileSync(path, "utf8").trim();
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v[0] : v;
  } catch {
    const first = text.split("\n").find((l) => l.trim().startsWith("{"));
    return JSON.parse(first);
  }
}

const sys = readJson(extractionPath);
const gold = readJson(goldPath);

// ---------- normalisation ----------
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "ambassador", "amb", "he", "h e", "congressman", "congresswoman", "senator", "judge", "sir", "dame", "hon", "honourable", "honorable", "minister", "mx"]);
function norm(s) {
  return String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^the /, "")
    .trim();
}
function tokens(s) { return norm(s).split(" ").filter(Boolean); }
function jaccard(a, b) {
  const A = new Set(tokens(a)), B = new Set(tokens(b));
  if (!A.size && !B.size) return 1;
  let i = 0; for (const t of A) if (B.has(t)) i++;
  return i / (A.size + B.size - i);
}
function nameParts(name) {
  const t = tokens(name).filter((w) => !HONORIFICS.has(w));
  return t;
}
function sameName(a, b) {
  const A = nameParts(a), B = nameParts(b);
  if (!A.length || !B.length) return false;
  if (A.join(" ") === B.join(" ")) return true;
  // "Wagner L." vs "L. Wagner", "Kara, S." vs "S. Kara", "Christopher Smith" vs "Christopher H. Smith"
  const long = (p) => p.filter((w) => w.length > 1);
  const inits = (p) => p.map((w) => w[0]);
  const la = long(A), lb = long(B);
  const surnameA = la[la.length - 1], surnameB = lb[lb.length - 1];
  const shareSurname = la.some((w) => lb.includes(w)) && (lb.includes(surnameA) || la.includes(surnameB));
  if (!shareSurname) return false;
  const ia = new Set(inits(A)), ib = new Set(inits(B));
  const firstA = A[0][0], firstB = B[0][0];
  return ia.has(firstB) || ib.has(firstA);
}
function urlNorm(u) {
  const s = String(u ?? "").trim();
  try {
    const x = new URL(s);
    x.hostname = x.hostname.toLowerCase();
    return x.toString();
  } catch { return s; }
}
function asList(v) { return Array.isArray(v) ? v : v == null ? [] : [v]; }
function str(v, ...keys) {
  if (v == null) return null;
  if (typeof v === "string") return v;
  for (const k of keys) if (typeof v[k] === "string") return v[k];
  return null;
}
function orgMatch(a, b) {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const wa = ` ${x} `, wb = ` ${y} `;
  return (y.length >= 4 && wa.includes(wb)) || (x.length >= 4 && wb.includes(wa));
}
function orgNames(o) {
  if (typeof o === "string") return [o];
  return [o.name, o.acronym, ...(asList(o.aliases))].filter(Boolean);
}
// every name an organization goes by, in the gold or in the extraction ("OSCE" <-> its long form)
const aliasGroups = [...asList(gold.organizations), ...asList(sys.organizations)]
  .filter((o) => o && typeof o === "object").map((o) => orgNames(o).map(norm).filter(Boolean));
function expandOrg(name) {
  const n = norm(name), out = new Set([n]);
  for (const g of aliasGroups) if (g.includes(n)) for (const x of g) out.add(x);
  return [...out];
}
function orgMatchAliased(a, b) {
  const A = expandOrg(a), B = expandOrg(b);
  return A.some((x) => B.some((y) => orgMatch(x, y)));
}

// ---------- generic matcher ----------
function score(label, goldItems, sysItems, matches) {
  const required = goldItems.filter((g) => !g.optional);
  const usedSys = new Set();
  const pairs = [];
  // greedy: required first, then optional (so optional gold can absorb sys items)
  for (const g of [...required, ...goldItems.filter((g) => g.optional)]) {
    let best = -1;
    for (let i = 0; i < sysItems.length; i++) {
      if (usedSys.has(i)) continue;
      if (matches(g, sysItems[i])) { best = i; break; }
    }
    if (best >= 0) { usedSys.add(best); pairs.push([g, sysItems[best]]); }
  }
  // duplicates: sys items that match an already matched gold item count as false positives
  const matchedReq = pairs.filter(([g]) => !g.optional).length;
  const optionalMatched = pairs.filter(([g]) => g.optional).length;
  const fp = sysItems.length - matchedReq - optionalMatched;
  const tp = matchedReq;
  const fn = required.length - matchedReq;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const missed = required.filter((g) => !pairs.some(([x]) => x === g));
  const spurious = sysItems.filter((_, i) => !usedSys.has(i));
  return { label, tp, fp, fn, p, r, f, pairs, missed, spurious };
}

const fieldStats = {};
function field(name, ok) {
  const s = (fieldStats[name] ??= { ok: 0, n: 0, bad: [] });
  s.n++; if (ok === true) s.ok++; else s.bad.push(ok);
}

// ---------- people ----------
const sysPeople = asList(sys.people).map((p) => (typeof p === "string" ? { name: p } : p));
const people = score("people", asList(gold.people), sysPeople, (g, s) => sameName(g.name, s.name ?? ""));
const ROLE_SYNONYMS = {
  opening: ["opening", "opening remarks", "welcoming remarks", "welcome", "welcoming", "introductory remarks"],
  moderator: ["moderator", "chair", "facilitator", "moderation"],
  presenter: ["presenter", "presentation", "presentation of key findings"],
  speaker: ["speaker", "panelist", "panellist", "discussant", "keynote"],
};
function roleOf(s) {
  const n = norm(s);
  for (const [k, syn] of Object.entries(ROLE_SYNONYMS)) if (syn.some((x) => n === x || n.includes(x))) return k;
  return n;
}
for (const [g, s] of people.pairs) {
  if (g.optional) continue;
  const sysOrgs = [
    ...asList(s.organizations).map((o) => str(o, "name", "organization")),
    ...asList(s.affiliations).map((a) => str(a, "organization", "name")),
  ].filter(Boolean);
  for (const go of asList(g.organizations)) field("person.organization", sysOrgs.some((so) => orgMatchAliased(go, so)) || `${g.name}: ${go} not in [${sysOrgs.join("; ")}]`);
  if (g.sessionRole) {
    const roles = [
      ...asList(s.participation).map((x) => str(x, "role")),
      ...asList(s.sessionRole), ...asList(s.sessionRoles),
    ].filter(Boolean).map(roleOf);
    field("person.sessionRole", roles.includes(g.sessionRole) || `${g.name}: ${g.sessionRole} not in [${roles.join(", ")}]`);
  }
  field("person.honorific", norm(g.honorific ?? "") === norm(s.honorific ?? "") || `${g.name}: ${g.honorific} vs ${s.honorific}`);
}

// ---------- organizations ----------
const sysOrgs = asList(sys.organizations).map((o) => (typeof o === "string" ? { name: o } : o));
const orgs = score("organizations", asList(gold.organizations), sysOrgs, (g, s) =>
  orgNames(g).some((a) => orgNames(s).some((b) => norm(a) === norm(b))));
for (const [g, s] of orgs.pairs) {
  if (g.optional || !g.parent) continue;
  const sp = str(s.parent, "name") ?? "";
  const parentGold = asList(gold.organizations).find((o) => orgNames(o).some((n) => norm(n) === norm(g.parent)));
  const ok = orgMatchAliased(g.parent, sp) || (parentGold && orgNames(parentGold).some((n) => orgMatchAliased(n, sp)));
  field("organization.parent", ok || `${g.name}: parent ${g.parent} vs ${sp || "none"}`);
}

// ---------- sessions ----------
const sysSessions = asList(sys.sessions).map((x) => (typeof x === "string" ? { title: x } : x));
const sessions = score("sessions", asList(gold.sessions), sysSessions, (g, s) =>
  g.title ? jaccard(g.title, s.title ?? s.name ?? "") >= 0.6 : g.date ? String(s.date ?? "").slice(0, 10) === g.date : true);
for (const [g, s] of sessions.pairs) {
  if (g.optional) continue;
  if (g.date) field("session.date", String(s.date ?? "").slice(0, 10) === g.date || `${g.key}: ${g.date} vs ${s.date}`);
  if (g.time) {
    let t = s.startTime ? (s.endTime ? `${s.startTime}-${s.endTime}` : s.startTime) : String(s.time ?? "");
    t = t.replace(/\s|–/g, (c) => (c === "–" ? "-" : ""));
    if (!g.time.includes("-")) t = t.split("-")[0];
    field("session.time", t === g.time || `${g.key ?? g.title}: ${g.time} vs ${t}`);
  }
  const conv = asList(s.convenors ?? s.organizers).map((c) => str(c, "name", "organization")).filter(Boolean);
  for (const gc of asList(g.convenors)) field("session.convenor", conv.some((c) => orgMatchAliased(gc, c)) || `${g.key}: ${gc} not in [${conv.join("; ")}]`);
}

// ---------- citations ----------
const sysCites = asList(sys.citations ?? sys.references ?? sys.footnotes).map((x) => (typeof x === "string" ? { title: x } : x));
const cites = score("citations", asList(gold.citations), sysCites, (g, s) =>
  (g.url && s.url && urlNorm(g.url) === urlNorm(s.url)) ||
  (g.marker && String(s.marker ?? "") === g.marker && (!g.title || jaccard(g.title, s.title ?? "") >= 0.5)) ||
  (!g.marker && !g.url && g.title && jaccard(g.title, s.title ?? "") >= 0.6));
for (const [g, s] of cites.pairs) {
  if (g.optional) continue;
  field("citation.url", urlNorm(g.url) === urlNorm(s.url ?? "") || `[${g.marker}] ${g.url} vs ${s.url}`);
  if (g.year != null) field("citation.year", Number(s.year) === g.year || `[${g.marker}] ${g.year} vs ${s.year}`);
  if (g.title) field("citation.title", jaccard(g.title, s.title ?? "") >= 0.8 || `[${g.marker}] "${g.title}" vs "${s.title}"`);
  if (g.issuer) {
    const si = [str(s.issuer, "name"), str(s.publisher, "name"), ...asList(s.organizations).map((o) => str(o, "name"))].filter(Boolean);
    field("citation.issuer", si.some((x) => orgMatchAliased(g.issuer, x)) || `[${g.marker}] ${g.issuer} vs ${si.join("; ") || "none"}`);
  }
  if (asList(g.authors).length) {
    const sa = asList(s.authors).map((a) => str(a, "name")).filter(Boolean);
    const ok = g.authors.every((ga) => sa.some((x) => sameName(ga, x)));
    field("citation.authors", ok || `[${g.marker}] [${g.authors.join("; ")}] vs [${sa.join("; ")}]`);
  }
}

// ---------- urls ----------
const sysUrls = [...new Set(asList(sys.urls).map((u) => urlNorm(str(u, "url", "href"))))].map((url) => ({ url }));
const urls = score("urls", asList(gold.urls).map((u) => (typeof u === "string" ? { url: u } : u)), sysUrls, (g, s) => urlNorm(g.url) === s.url);

// ---------- report ----------
const cats = [people, orgs, sessions, cites, urls];
const pct = (x) => (100 * x).toFixed(1).padStart(5);
console.log("category        P      R      F1    (tp/fp/fn)");
for (const c of cats) console.log(`${c.label.padEnd(14)} ${pct(c.p)}  ${pct(c.r)}  ${pct(c.f)}   (${c.tp}/${c.fp}/${c.fn})`);
console.log("\nfield accuracy on matched items:");
for (const [k, v] of Object.entries(fieldStats)) console.log(`  ${k.padEnd(22)} ${pct(v.ok / v.n)}%  (${v.ok}/${v.n})`);
if (verbose) {
  for (const c of cats) {
    if (c.missed.length) console.log(`\nmissed ${c.label}:\n  ` + c.missed.map((g) => g.name ?? g.title ?? g.url).join("\n  "));
    if (c.spurious.length) console.log(`\nspurious ${c.label}:\n  ` + c.spurious.map((s) => s.name ?? s.title ?? s.url).join("\n  "));
  }
  for (const [k, v] of Object.entries(fieldStats)) if (v.bad.length) console.log(`\nwrong ${k}:\n  ` + v.bad.join("\n  "));
}
const fieldMean = Object.values(fieldStats).reduce((a, v) => a + v.ok / v.n, 0) / Math.max(1, Object.keys(fieldStats).length);
if (flags.includes("--json")) {
  const out = { overallF1: cats.reduce((a, c) => a + c.f, 0) / cats.length, fieldMean, categories: {}, fields: {} };
  for (const c of cats) out.categories[c.label] = { tp: c.tp, fp: c.fp, fn: c.fn, p: c.p, r: c.r, f: c.f };
  for (const [k, v] of Object.entries(fieldStats)) out.fields[k] = { ok: v.ok, n: v.n };
  console.error(JSON.stringify(out));
}
console.log(`\nfield accuracy (mean) = ${fieldMean.toFixed(3)}`);
console.log(`overall F1 = ${(cats.reduce((a, c) => a + c.f, 0) / cats.length).toFixed(3)}`);
