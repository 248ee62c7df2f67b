// Walks a parsed HTML tree into pending blocks: headings, paragraphs, list items and footnotes,
// collapsing whitespace as a browser would, and recording note references and hyperlinks with offsets.
// Note markers are written as Unicode superscripts ("¹"), the way the word-processor exports we read do.
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from '../../src/document.js';
import type { PendingBlock } from './document-builder.js';
import type { NoteMarks } from './html-notes.js';
import { TextBuffer } from './text-buffer.js';

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCK_TAGS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset', 'details', 'summary',
  'center', 'menu', 'hgroup',
]);
/** Block tags that only group other blocks. */
const CONTAINER_TAGS = new Set(['html', 'body', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'main', 'menu', 'hgroup', 'form', 'fieldset']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'svg', 'iframe', 'object', 'button', 'select', 'math']);
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** How a marker is written into the text: digits as superscripts, anything else in brackets or as-is. */
export function renderMarker(marker: string): string {
  if (/^\d+$/.test(marker)) return [...marker].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  if (/^[*†‡§¶]+$/.test(marker)) return marker;
  return `[${marker}]`;
}

interface Current {
  kind: BlockKind;
  text: TextBuffer;
  level?: number;
  marker?: string;
  noteRefs: NonNullable<PendingBlock['noteRefs']>;
  links: NonNullable<PendingBlock['links']>;
  /** A note's own leading marker ("1." or <sup>1</sup>) is dropped: it is the block's marker. */
  stripLead: boolean;
}

export interface WalkOptions {
  /** Base for resolving relative hrefs (a URL source); relative links are dropped without one. */
  baseUrl?: string;
}

/** Convert the children of `root` into pending blocks. */
export function walkHtml(root: AnyNode, marks: NoteMarks, options: WalkOptions = {}): PendingBlock[] {
  const blocks: PendingBlock[] = [];
  const contexts: Array<{ kind: BlockKind; level?: number; soft: boolean }> = [{ kind: 'paragraph', soft: false }];
  let cur: Current | null = null;
  let preDepth = 0;
  let lastCell: 'td' | 'th' | null = null;
  let openTerm: Current | null = null;

  const flush = (): void => {
    if (!cur) return;
    const raw = cur.text.toString().trimEnd();
    const text = raw.trimStart();
    // Leading line breaks (<pre>, a <br> first) are cut: spans move left with the text.
    const cut = raw.length - text.length;
    if (text) {
      blocks.push({
        kind: cur.kind, text,
        ...(cur.level !== undefined ? { level: cur.level } : {}),
        ...(cur.marker !== undefined ? { marker: cur.marker } : {}),
        noteRefs: cur.noteRefs.map((r) => ({ ...r, start: r.start - cut, end: r.end - cut })).filter((r) => r.start >= 0 && r.end <= text.length),
        links: cur.links
          .map((l) => ({ ...l, start: Math.max(0, l.start - cut), end: Math.min(l.end - cut, text.length) }))
          .filter((l) => l.end > l.start),
      });
    }
    cur = null;
  };
  const open = (kind: BlockKind, extra: { level?: number; marker?: string } = {}): Current => {
    flush();
    // A note's marker lives in block.marker, not in its text (as the text and Markdown loaders do).
    cur = { kind, text: new TextBuffer(), ...extra, noteRefs: [], links: [], stripLead: kind === 'footnote' };
    return cur;
  };
  const ensure = (): Current => {
    if (cur) return cur;
    const top = contexts[contexts.length - 1];
    return open(top.kind, top.level !== undefined ? { level: top.level } : {});
  };
  const appendText = (raw: string): void => {
    // Preformatted text keeps its line breaks, but not blank lines: those separate blocks in our text.
    let text = preDepth ? raw.replace(/\r\n?/g, '\n').replace(/\n[ \t]*(?=\n)/g, '') : raw.replace(/\s+/g, ' ');
    if (!text) return;
    const c = ensure();
    if (preDepth && text[0] === '\n' && c.text.last === '\n') text = text.slice(1);
    if (c.stripLead) {
      if (!text.trim()) return;
      if (c.marker !== undefined) {
        const esc = c.marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        text = text.replace(new RegExp(`^\\s*[\\[(]?${esc}[\\])]?[.:)]?(?=\\s|$)`), '');
      }
      c.stripLead = false;
    }
    if (!preDepth && (c.text.length === 0 || c.text.last === ' ' || c.text.last === '\n') && text[0] === ' ') text = text.slice(1);
    c.text.push(text);
  };
  const appendBreak = (sep: '\n' | ' '): void => {
    if (!cur || cur.text.length === 0) return;
    if (sep === ' ' && cur.text.last === ' ') return;
    cur.text.trimEnd(' ');
    if (cur.text.length === 0 || cur.text.last === '\n') return;
    cur.text.push(sep);
  };

  const walkChildren = (node: AnyNode): void => {
    if ('children' in node) for (const child of node.children) walk(child);
  };
  const walkBlock = (el: Element, kind: BlockKind, extra: { level?: number; marker?: string } = {}, soft = kind !== 'paragraph'): void => {
    open(kind, extra);
    contexts.push({ kind, ...(extra.level !== undefined ? { level: extra.level } : {}), soft });
    walkChildren(el);
    contexts.pop();
    flush();
  };

  const walk = (node: AnyNode): void => {
    if (node.type === 'text') return appendText(node.data);
    if (node.type === 'cdata' || node.type === 'root') return walkChildren(node);
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP_TAGS.has(name) || 'hidden' in el.attribs) return;
    const top = contexts[contexts.length - 1];

    const noteMarker = marks.notes.get(el);
    if (noteMarker !== undefined && top.kind !== 'footnote') return walkBlock(el, 'footnote', { marker: noteMarker });
    const refMarker = marks.refs.get(el);
    if (refMarker !== undefined) return appendRef(refMarker);
    if (name === 'br') {
      // <br><br> in running text separates paragraphs (old-style pages): end the block.
      if (!top.soft && cur && (cur as Current).text.last === '\n') {
        (cur as Current).text.trimEnd(' \n');
        return flush();
      }
      return appendBreak('\n');
    }
    if (name === 'hr') return top.soft ? appendBreak('\n') : flush();
    if (name === 'a' && el.attribs.href) return walkLink(el);
    if (!BLOCK_TAGS.has(name)) return walkChildren(el);
    if (name === 'pre') { preDepth++; walkBlock(el, 'paragraph'); preDepth--; return; }

    // Nested lists inside an item are items of their own; anything else inside a soft block continues it.
    if (name === 'li' && top.kind !== 'footnote') return walkBlock(el, 'list-item');
    if (top.soft && name !== 'ul' && name !== 'ol') {
      // A header cell labels the data cell after it: "Date: 16 March 2023", as the text formats write it.
      const labelled = name === 'td' && lastCell === 'th' && cur !== null && (cur as Current).text.length > 0;
      if ((name === 'td' || name === 'th') && cur) lastCell = name;
      if (labelled) {
        const c = cur as unknown as Current;
        c.text.trimEnd(' \n');
        c.text.push(c.text.last === ':' ? ' ' : ': ');
        walkChildren(el);
        return;
      }
      const sep = top.kind === 'footnote' || top.kind === 'heading' ? ' ' : '\n';
      appendBreak(sep);
      walkChildren(el);
      appendBreak(sep);
      return;
    }
    if (name in HEADINGS) return walkBlock(el, 'heading', { level: HEADINGS[name] });
    // <dt>Date</dt><dd>16 March</dd> reads "Date: 16 March", one paragraph.
    if (name === 'dt') {
      open('paragraph');
      contexts.push({ kind: 'paragraph', soft: true });
      walkChildren(el);
      contexts.pop();
      openTerm = cur;
      return;
    }
    if (name === 'dd' && openTerm !== null && cur === openTerm && (cur as Current).text.length > 0) {
      const c = cur as Current;
      c.text.trimEnd(' \n');
      c.text.push(c.text.last === ':' ? ' ' : ': ');
      contexts.push({ kind: 'paragraph', soft: true });
      walkChildren(el);
      contexts.pop();
      openTerm = null;
      return flush();
    }
    if (name === 'tr') { lastCell = null; return walkBlock(el, 'paragraph', {}, true); }
    if (CONTAINER_TAGS.has(name)) {
      flush();
      walkChildren(el);
      flush();
      return;
    }
    walkBlock(el, 'paragraph');
  };

  const appendRef = (marker: string): void => {
    const c = ensure();
    // A note's own number at its start is its block marker, not text.
    if (c.kind === 'footnote' && c.stripLead) {
      c.stripLead = false;
      if (marker === c.marker) return;
    }
    const shown = renderMarker(marker);
    const start = c.text.length;
    c.text.push(shown);
    c.noteRefs.push({ marker, start, end: start + shown.length });
  };

  const walkLink = (el: Element): void => {
    const c = ensure();
    const start = c.text.length;
    walkChildren(el);
    const after = cur as Current | null;
    if (after !== c) return; // the link contained blocks; no single span to attach it to
    if (c.text.length < start) return; // trailing space trimmed into text before the link
    const inside = c.text.sliceFrom(start);
    const anchor = inside.trim();
    const url = resolveHref(el.attribs.href ?? '', options.baseUrl);
    if (!url || !anchor || anchor.includes(stripScheme(url))) return;
    const lead = inside.length - inside.trimStart().length;
    c.links.push({ url, start: start + lead, end: start + lead + anchor.length });
  };

  walk(root);
  flush();
  return blocks;
}

function stripScheme(url: string): string {
  return url.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
}

/** Absolute http(s)/mailto URL of a link, or null for fragments, scripts and unresolvable relatives. */
export function resolveHref(href: string, baseUrl?: string): string | null {
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|data|tel|file):/i.test(h)) return null;
  try {
    const u = baseUrl ? new URL(h, baseUrl) : new URL(h);
    return /^(?:https?|mailto):$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
