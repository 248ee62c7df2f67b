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

const CONTAINER_CLASSES = new Set(['footnotes', 'endnotes', 'footnote-list']);
const CONTAINER_ROLES = new Set(['doc-endnotes', 'doc-footnotes']);
const SINGLE_ROLES = new Set(['doc-footnote', 'doc-endnote']);
const SINGLE_TAGS = new Set(['aside', 'div', 'p']);
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

/** Every element under the document root, in document order (iterative: deep trees must not overflow the stack). */
export function elements($: CheerioAPI): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [$.root()[0]];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag') out.push(node);
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
  return out;
}

/** Text content of an element (iterative). */
export function textOf(el: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.data;
    else if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
  return text;
}

function classes(el: Element): string[] {
  return (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

function closestTag(el: Element, name: string, stopAt?: Element): Element | null {
  for (let n: AnyNode | null = el.parent; n && n.type === 'tag' && n !== stopAt; n = n.parent) if (n.name === name) return n;
  return null;
}

function isFragmentLink(el: Element): boolean {
  return el.name === 'a' && (el.attribs.href ?? '').startsWith('#');
}

/** Remove links from notes back to their references (pandoc ↩, mammoth ↑). */
export function removeBacklinks($: CheerioAPI): void {
  for (const a of elements($)) {
    if (!isFragmentLink(a)) continue;
    const href = a.attribs.href ?? '';
    if (
      /^#(?:fnref|footnote-ref|endnote-ref|ref-?fn|_ftnref|_ednref|cite_ref)/i.test(href) ||
      a.attribs.role === 'doc-backlink' || /footnote-back/.test(a.attribs.class ?? '') ||
      BACKLINK_TEXT.test(textOf(a))
    ) {
      $(a).remove();
    }
  }
}

function isContainer(el: Element): boolean {
  const cls = classes(el);
  return cls.some((c) => CONTAINER_CLASSES.has(c)) || (el.name === 'ol' && cls.includes('references')) ||
    CONTAINER_ROLES.has(el.attribs.role ?? '') || /^(?:foot|end)notes$/.test(el.attribs['epub:type'] ?? '');
}

function closestContainer(el: Element): Element | null {
  for (let n: AnyNode | null = el.parent; n && n.type === 'tag'; n = n.parent) if (isContainer(n)) return n;
  return null;
}

function isSingleNote(el: Element): boolean {
  return SINGLE_ROLES.has(el.attribs.role ?? '') || (SINGLE_TAGS.has(el.name) && classes(el).includes('footnote'));
}

/**
 * Classify note references and notes. References point at notes by fragment (#fn1) or are bare numeric
 * superscripts; notes are the targets, the items of footnote lists, and blocks with a note id.
 */
export function findNotes($: CheerioAPI): NoteMarks {
  const refs = new Map<Element, string>();
  const notes = new Map<Element, string>();
  const byId = new Map<string, Element>();
  const all = elements($);
  for (const el of all) {
    const id = el.attribs.id ?? (el.name === 'a' ? el.attribs.name : undefined);
    if (id && !byId.has(id)) byId.set(id, el);
  }

  // Notes in footnote containers: list items, or the container's block children.
  const seenBoxes: Element[] = [];
  for (const box of all) {
    if (!isContainer(box)) continue;
    // A container inside another adds nothing: its items were taken with the outer one's.
    if (seenBoxes.length && closestContainer(box) !== null) continue;
    seenBoxes.push(box);
    const items = descendants(box).filter((li) => li.name === 'li' && closestTag(li, 'li', box) === null);
    const members = items.length ? items : box.children.filter((c): c is Element => c.type === 'tag' && SINGLE_TAGS.has(c.name));
    const position = new Map<Element, number>();
    members.forEach((el, i) => {
      if (notes.has(el)) return; // nested containers: the outermost numbered it
      const list = el.parent && el.parent.type === 'tag' && el.parent.name === 'ol' ? el.parent : null;
      const start = list ? Number(list.attribs.start ?? 1) || 1 : 1;
      if (list && !position.has(el)) {
        let k = 0;
        for (const c of list.children) if (c.type === 'tag' && c.name === 'li') position.set(c, k++);
      }
      const index = list ? position.get(el) ?? i : i;
      notes.set(el, idDigits(el) ?? leadingMarker(textOf(el)) ?? String(start + index));
    });
  }
  for (const el of all) {
    if (isSingleNote(el) && !notes.has(el)) notes.set(el, idDigits(el) ?? leadingMarker(textOf(el)) ?? String(notes.size + 1));
  }

  // An element that is, sits in, or wraps a registered reference.
  const isRefSide = (el: Element): boolean => {
    for (let n: AnyNode | null = el; n && n.type === 'tag'; n = n.parent) if (refs.has(n)) return true;
    // Wrappers of a reference are small: look a few nodes deep only (bounded work per link).
    return descendants(el, 64).some((x) => refs.has(x));
  };
  // A note's own number linking back to its reference (Google Docs, many CMSs): the note's marker, not a reference.
  const backMarkers: Element[] = [];

  // References: fragment links whose text is a marker and whose target is (or becomes) a note.
  for (const a of all) {
    if (!isFragmentLink(a)) continue;
    const marker = markerOf(textOf(a), true);
    if (!marker) continue;
    const id = safeDecode((a.attribs.href ?? '').slice(1));
    const target = byId.get(id);
    if (target && isRefSide(target)) {
      const block = closestNoteBlock(a);
      if (!notes.has(block)) notes.set(block, marker);
      backMarkers.push(a);
      continue;
    }
    const sup = closestTag(a, 'sup');
    const looksLikeRef =
      NOTE_ID.test(id) || /footnote|noteref|fnref/i.test(a.attribs.class ?? '') || a.attribs.role === 'doc-noteref' ||
      (target !== undefined && notes.has(closestNoteBlock(target)));
    if (!looksLikeRef && !sup) continue;
    refs.set(sup && markerOf(textOf(sup), true) ? sup : a, marker);
    if (target) {
      const block = closestNoteBlock(target);
      if (!notes.has(block)) notes.set(block, marker);
    }
  }
  for (const a of backMarkers) $(a).remove();
  // Blocks with a note id nothing pointed at; their marker comes from the id (a ref's marker, seen by readers, wins above).
  for (const [id, el] of byId) {
    if (NOTE_ID.test(id) && el.name !== 'a' && NOTE_BLOCK_TAGS.has(el.name) && !notes.has(el)) {
      notes.set(el, idDigits(el)!);
    }
  }
  // Bare superscripts outside notes: <sup>3</sup>.
  for (const sup of all) {
    if (sup.name !== 'sup' || refs.has(sup) || hasLinkInside(sup)) continue;
    const marker = markerOf(textOf(sup), false);
    if (marker) refs.set(sup, marker);
  }
  return { refs, notes };
}

/** Elements under `el` in document order, at most `limit` of them (work bounded by the limit, not by the tree). */
function descendants(el: Element, limit = Infinity): Element[] {
  const out: Element[] = [];
  const frames: Array<{ node: Element; next: number }> = [{ node: el, next: 0 }];
  while (frames.length && out.length < limit) {
    const top = frames[frames.length - 1];
    if (top.next >= top.node.children.length) { frames.pop(); continue; }
    const child = top.node.children[top.next++];
    if (child.type !== 'tag') continue;
    out.push(child);
    frames.push({ node: child, next: 0 });
  }
  return out;
}

function hasLinkInside(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag') {
      if (n.name === 'a' && n.attribs.href) return true;
      stack.push(...n.children);
    }
  }
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
