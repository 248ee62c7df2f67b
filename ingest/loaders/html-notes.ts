// Finds the footnote apparatus of an HTML page: in-text note references (<sup>1</sup>, <a href="#fn1">,
// <sup><a>[1]</a></sup>) and the notes they point to (footnote lists, doc-endnotes sections, id="fn1" blocks).
// It only classifies elements; html-blocks.ts turns them into text, blocks and noteRefs.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** A note marker as authors write it: 1, [1], (12), iv, a, *, †. Brackets are not part of the marker. */
const MARKER = /^\s*[[(]?\s*(\d{1,3}|[ivxlcdm]{1,6}|[a-z]|[*†‡§¶]{1,3})\s*[\])]?\s*$/i;
/** Unlinked superscripts count as note references only when numeric or a note symbol (not "1<sup>st</sup>", "m<sup>2</sup>" is accepted). */
const UNLINKED_MARKER = /^\s*[[(]?\s*(\d{1,3}|[*†‡§¶]{1,3})\s*[\])]?\s*$/;
/** Ids that name a note by convention (pandoc fn1, Word/mammoth footnote-1, endnote-2, ftn3, edn4, note5). */
const NOTE_ID = /^_?(?:fn|footnote|endnote|ftnt?|edn|note|en|cite_note)[-_:.]?(\d{1,3})$/i;
/** Links back from a note to its reference: not content. */
const BACKLINK_TEXT = /^\s*(?:↩︎?|↑|\^|⤴|back)\s*$/iu;

const NOTE_CONTAINERS = [
  '.footnotes', '.endnotes', '.footnote-list', 'ol.references', '[role="doc-endnotes"]', '[role="doc-footnotes"]',
  '[epub\\:type="footnotes"]', '[epub\\:type="endnotes"]',
].join(',');
const SINGLE_NOTES = '[role="doc-footnote"], [role="doc-endnote"], aside.footnote, div.footnote, p.footnote';
const NOTE_BLOCK_TAGS = new Set(['p', 'li', 'div', 'aside', 'dd', 'section', 'td']);

export interface NoteMarks {
  /** Elements that are in-text references, with their marker. */
  refs: Map<Element, string>;
  /** Elements whose content is a note, with its marker. */
  notes: Map<Element, string>;
}

/** The marker inside a reference's text ("[12]" -> "12"), or null when the text is not marker-like. */
export function markerOf(text: string, linked: boolean): string | null {
  const m = (linked ? MARKER : UNLINKED_MARKER).exec(text);
  return m ? m[1] : null;
}

function closestNoteBlock(el: Element): Element {
  let cur: AnyNode | null = el;
  while (cur && cur.type === 'tag') {
    if (NOTE_BLOCK_TAGS.has(cur.name)) return cur;
    cur = cur.parent;
  }
  return el;
}

function idDigits(el: Element): string | null {
  const m = NOTE_ID.exec(el.attribs.id ?? el.attribs.name ?? '');
  return m ? String(Number(m[1])) : null;
}

/** A leading "1." / "[1]" / "1)" / "1 " in a note's own text. */
function leadingMarker(text: string): string | null {
  const m = /^\s*[[(]?(\d{1,3}|[*†‡§¶]{1,3})[\])]?[.:)]?\s/.exec(text);
  return m ? m[1] : null;
}

/** Remove links from notes back to their references (pandoc ↩, mammoth ↑). */
export function removeBacklinks($: CheerioAPI): void {
  $('a[href^="#"]').each((_, a) => {
    const href = a.attribs.href ?? '';
    const text = $(a).text();
    if (
      /^#(?:fnref|footnote-ref|endnote-ref|ref-?fn|_ftnref|_ednref)/i.test(href) ||
      a.attribs.role === 'doc-backlink' || /footnote-back/.test(a.attribs.class ?? '') ||
      BACKLINK_TEXT.test(text)
    ) {
      $(a).remove();
    }
  });
}

/**
 * Classify note references and notes. References point at notes by fragment (#fn1) or are bare numeric
 * superscripts; notes are the targets, the items of footnote lists, and blocks with a note id.
 */
export function findNotes($: CheerioAPI): NoteMarks {
  const refs = new Map<Element, string>();
  const notes = new Map<Element, string>();
  const byId = new Map<string, Element>();
  $('[id], a[name]').each((_, el) => {
    const id = el.attribs.id ?? el.attribs.name;
    if (id && !byId.has(id)) byId.set(id, el);
  });

  // Notes in footnote containers: list items, or the container's block children.
  $(NOTE_CONTAINERS).each((_, box) => {
    const items = $(box).find('li').filter((_, li) => $(li).parentsUntil(box as Element, 'li').length === 0).toArray();
    const members = items.length ? items : $(box).children('p, div, aside').toArray();
    members.forEach((el, i) => {
      const list = el.parent && el.parent.type === 'tag' && el.parent.name === 'ol' ? el.parent : null;
      const start = list ? Number(list.attribs.start ?? 1) || 1 : 1;
      notes.set(el, idDigits(el) ?? leadingMarker($(el).text()) ?? String(start + (list ? $(list).children('li').index(el) : i)));
    });
  });
  $(SINGLE_NOTES).each((_, el) => {
    if (!notes.has(el)) notes.set(el, idDigits(el) ?? leadingMarker($(el).text()) ?? String(notes.size + 1));
  });

  // An element that is, sits in, or wraps a registered reference.
  const isRefSide = (el: Element): boolean => {
    for (let n: AnyNode | null = el; n && n.type === 'tag'; n = n.parent) if (refs.has(n)) return true;
    return $(el).find('sup, a').toArray().some((x) => refs.has(x));
  };
  // A note's own number linking back to its reference (Google Docs, many CMSs): the note's marker, not a reference.
  const backMarkers: Element[] = [];

  // References: fragment links whose text is a marker and whose target is (or becomes) a note.
  $('a[href^="#"]').each((_, a) => {
    const text = $(a).text();
    const marker = markerOf(text, true);
    if (!marker) return;
    const id = safeDecode((a.attribs.href ?? '').slice(1));
    const target = byId.get(id);
    if (target && isRefSide(target)) {
      const block = closestNoteBlock(a);
      if (!notes.has(block)) notes.set(block, marker);
      backMarkers.push(a);
      return;
    }
    const looksLikeRef =
      NOTE_ID.test(id) || /footnote|noteref|fnref/i.test(a.attribs.class ?? '') || a.attribs.role === 'doc-noteref' ||
      (target !== undefined && notes.has(closestNoteBlock(target)));
    if (!looksLikeRef && !$(a).parents('sup').length) return;
    const sup = $(a).parents('sup').first()[0];
    refs.set(sup && markerOf($(sup).text(), true) ? sup : a, marker);
    if (target) {
      const block = closestNoteBlock(target);
      if (!notes.has(block)) notes.set(block, marker);
    }
  });
  for (const a of backMarkers) $(a).remove();
  // Blocks with a note id nothing pointed at; their marker comes from the id (a ref's marker, seen by readers, wins above).
  for (const [id, el] of byId) {
    if (NOTE_ID.test(id) && el.name !== 'a' && NOTE_BLOCK_TAGS.has(el.name) && !notes.has(el)) {
      notes.set(el, idDigits(el)!);
    }
  }
  // Bare superscripts outside notes: <sup>3</sup>.
  $('sup').each((_, sup) => {
    if (refs.has(sup) || $(sup).find('a[href]').length) return;
    const marker = markerOf($(sup).text(), false);
    if (marker) refs.set(sup, marker);
  });
  return { refs, notes };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
