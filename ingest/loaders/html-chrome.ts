// Site chrome around a document (cookie banners, share bars, menus, page-level header/footer landmarks) is
// never content. Found in one pass over the tree, so the work stays linear on any markup.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { elements } from './html-notes.js';

/** id/class words of page furniture that is never document content. */
const CHROME_WORDS = /(?:^|[-_\s])(?:cookies?|consent|gdpr|cookie-banner|social|share|sharing|newsletter|breadcrumbs?|skip-link|site-header|site-footer|masthead|menu|sidebar|related-content|subscribe)(?:$|[-_\s])/i;
const NOTE_WORDS = /footnote|endnote|notes|fn\d/i;
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'dialog']);

/** Elements whose presence inside chrome means it is not chrome after all (a title, notes). */
function isContent(el: Element): boolean {
  const id = el.attribs.id ?? '';
  return el.name === 'h1' || id.startsWith('fn') || id.includes('note') ||
    (el.attribs.class ?? '').split(/\s+/).includes('footnotes') || el.attribs.role === 'doc-endnotes';
}

function isChrome(el: Element): boolean {
  const parent = el.parent && el.parent.type === 'tag' ? el.parent : null;
  if (LANDMARK_ROLES.has(el.attribs.role ?? '') || ((el.name === 'header' || el.name === 'footer') && parent?.name === 'body')) return true;
  const names = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`;
  return names.trim() !== '' && CHROME_WORDS.test(names) && !NOTE_WORDS.test(names);
}

/**
 * Drop site chrome: page-level header/footer landmarks and elements whose id or class names a cookie banner,
 * share bar, menu or the like, unless they hold a title or notes. Headers and footers inside an article stay.
 */
export function removeSiteChrome($: CheerioAPI): void {
  const all = elements($);
  // Post-order (reverse pre-order): does an element have content below it?
  const holds = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    const parent = el.parent && el.parent.type === 'tag' ? el.parent : null;
    if (parent && (holds.has(el) || isContent(el))) holds.add(parent);
  }
  // Pre-order: remove the outermost chrome only (its descendants go with it).
  const gone = new Set<Element>();
  const remove: Element[] = [];
  for (const el of all) {
    const parent = el.parent && el.parent.type === 'tag' ? el.parent : null;
    if (parent && gone.has(parent)) { gone.add(el); continue; }
    if (isChrome(el) && !holds.has(el)) { gone.add(el); remove.push(el); }
  }
  for (const el of remove) $(el).remove();
}
