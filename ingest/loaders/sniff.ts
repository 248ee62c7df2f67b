// Content sniffing: which format raw bytes hold (magic bytes first, then HTML-ish markup), and whether
// bytes that should be text are binary garbage (NUL bytes, control bytes, undecodable UTF-8).

export type SniffedFormat = 'pdf' | 'docx' | 'zip' | 'html' | null;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|h[1-6]|table|section|article)\b/i;

function startsWith(raw: Uint8Array, magic: number[], at = 0): boolean {
  if (raw.length < at + magic.length) return false;
  return magic.every((b, i) => raw[at + i] === b);
}

function bomLength(raw: Uint8Array): number {
  return raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
}

/** True for UTF-16 text (a byte-order mark), whose NUL bytes are not garbage. */
export function isUtf16(raw: Uint8Array): boolean {
  return (raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff);
}

/** The format the bytes announce, or null for plain text or unknown. PDF may start after a little junk (as readers allow). */
export function sniffFormat(raw: Uint8Array): SniffedFormat {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 1024));
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt === 0 || (pdfAt > 0 && pdfAt < 1024 && startsWith(raw, PDF_MAGIC, pdfAt))) return 'pdf';
  if (startsWith(raw, ZIP_MAGIC)) {
    const all = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    return all.indexOf('word/document.xml') >= 0 ? 'docx' : 'zip';
  }
  const text = new TextDecoder('utf-8').decode(raw.subarray(bomLength(raw), Math.min(raw.length, 4096)));
  return HTML_START.test(text) ? 'html' : null;
}

export interface BinaryCheckOptions {
  /** HTML declares its own charset: undecodable UTF-8 is not a sign of garbage there. */
  allowOtherCharsets?: boolean;
}

/**
 * Why bytes that should be text look like binary data, or null when they look like text.
 * Checks the first 64 KiB: any NUL byte (outside UTF-16), over 5% control bytes, or over 10% invalid UTF-8.
 */
export function binaryReason(raw: Uint8Array, options: BinaryCheckOptions = {}): string | null {
  if (isUtf16(raw)) return null;
  const n = Math.min(raw.length, 64 * 1024);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = raw[i];
    if (b === 0) nul++;
    else if (b < 8 || (b > 13 && b < 32 && b !== 27) || b === 127) control++;
  }
  if (nul > 0) return `binary data, not text (${nul} NUL byte${nul === 1 ? '' : 's'} in the first ${n} bytes)`;
  if (control / n > 0.05) return `binary data, not text (${Math.round((100 * control) / n)}% control bytes)`;
  if (options.allowOtherCharsets) return null;
  const decoded = new TextDecoder('utf-8').decode(raw.subarray(0, n), { stream: true });
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) bad++;
  if (decoded.length && bad / decoded.length > 0.1) {
    return `binary data, not text (${Math.round((100 * bad) / decoded.length)}% invalid UTF-8)`;
  }
  return null;
}

// Bounded repetitions: these run on up to 256 KiB of untrusted text and must stay linear.
const MD_SIGNALS: RegExp[] = [
  /^#{1,6}\s+\S/m, // ATX heading
  /\*\*[^*\n]{2,200}\*\*/, // bold
  /<https?:\/\/[^>\s]{1,2000}>/, // autolink
  /\[\^[\w-]{1,20}\]/, // footnote reference
  /^[ \t]*\|[^\n]{0,2000}\|[ \t]*$/m, // pipe table row
  /\[[^\]\n]{1,300}\]\(https?:\/\/[^)\s]{1,2000}\)/, // inline link
  /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/m, // thematic break
];

const NOTES_RULE = /^[ \t]{0,3}(?:[-_—][ \t]*){3,}\n(?:[ \t]*\n){0,2}(?=[ \t]{0,3}(?:\[\d{1,3}\]|\d{1,3}[.)]?[ \t]+\S))/gm;

/**
 * True when text delivered as plain text (a .txt file, text/plain) is really Markdown: at least two distinct
 * kinds of Markdown syntax, or one kind used three times. Word-processor exports often arrive that way.
 */
export function looksLikeMarkdown(raw: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(raw.subarray(bomLength(raw), Math.min(raw.length, 256 * 1024)))
    // a rule over a page's notes ("_____" then "1 Source ...") is PDF page layout, not a Markdown thematic break
    .replace(NOTES_RULE, '');
  let kinds = 0;
  let uses = 0;
  for (const re of MD_SIGNALS) {
    const all = text.match(new RegExp(re.source, re.flags.includes('m') ? 'gm' : 'g'));
    if (all?.length) { kinds++; uses += all.length; }
  }
  return kinds >= 2 || uses >= 3;
}
