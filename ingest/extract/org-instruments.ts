// Names of legal instruments and events, which are never organizations: treaties, protocols, directives,
// resolutions, declarations ("Palermo Protocol", "Directive 2011/36/EU"), and "Chatham House Rule".
// Used to keep such phrases out of the organization registry and to read them as citation titles.

const INSTRUMENT_HEAD = /^(?:Protocol|Protocols|Convention|Conventions|Directive|Directives|Regulation|Regulations|Resolution|Resolutions|Declaration|Charter|Covenant|Treaty|Treaties|Decision|Recommendation|Statute|Act|Rule|Rules|Principles|Guidelines|Agenda|Accord)$/;

/**
 * Is the phrase the name of an instrument? True when an instrument word ends the name or opens its
 * complement ("Chatham House Rule", "Council of Europe Convention on Action ...", "Protocol of 2014 to ...",
 * "Directive 2011/36/EU") and is not itself inside a complement ("Directorate for Regulation of ...").
 */
export function isInstrumentName(name: string): boolean {
  const words = name.replace(/\([^()]*\)/g, ' ').replace(/[,;:]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    // "General Assembly resolution 55/25": after a capitalised word the instrument word may be lower case
    const w = i > 0 ? words[i][0].toUpperCase() + words[i].slice(1) : words[i];
    if (!INSTRUMENT_HEAD.test(w)) continue;
    if (i > 0 && !/^[\p{Lu}\p{N}]/u.test(words[i - 1])) continue;
    const next = words[i + 1];
    if (next === undefined ? i > 0 : /^(?:of|on|to|against|for|concerning|relating|supplementing|between|No\.?|\d[\w/.-]*|[A-Z]{1,5}\/[\w/.-]+)$/.test(next)) return true;
  }
  return false;
}
