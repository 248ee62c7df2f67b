// Entry point for reading any input: a file path or an http(s) URL becomes a LoadedDocument.
// Picks the loader by magic bytes, then extension, then content; rejects bad input with one-line errors.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dispatcher } from 'undici';
import type { LoadedDocument } from '../src/document.js';
import { DEFAULT_FETCH_MAX_REDIRECTS, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_DOCUMENT_BYTES } from '../src/defaults.js';
import { InvalidInputError, NotFoundError, TooLargeError, UnsupportedFormatError, isCitegraphError } from '../src/errors.js';
import { loadDocx } from './loaders/docx.js';
import { loadHtml } from './loaders/html.js';
import { charsetOf } from './loaders/html-charset.js';
import { loadMarkdown } from './loaders/markdown.js';
import { oneLine } from './loaders/one-line.js';
import { loadPdf } from './loaders/pdf.js';
import { binaryReason, looksLikeMarkdown, sniffFormat } from './loaders/sniff.js';
import { loadText } from './loaders/text.js';
import { fetchDocument, isUrl } from './loaders/url.js';

const OP = 'ingest.loadDocument';

export interface LoadOptions {
  /** Largest input accepted, in bytes (files: checked before reading; URLs: while streaming). */
  maxBytes?: number;
  /** Total time limit for fetching a URL, in milliseconds. */
  timeoutMs?: number;
  /** Redirects followed when fetching a URL. */
  maxRedirects?: number;
  /** undici dispatcher for fetching (tests pass one with short keep-alive). */
  dispatcher?: Dispatcher;
}

export interface ResolvedLoadOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly dispatcher?: Dispatcher;
}

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.docx': 'docx', '.pdf': 'pdf',
};
/** Formats people try that we do not read: named, so the error says what the file is. */
const UNSUPPORTED: Record<string, string> = {
  '.doc': 'legacy Word (.doc)', '.odt': 'OpenDocument text', '.rtf': 'RTF', '.pptx': 'PowerPoint', '.ppt': 'PowerPoint',
  '.xlsx': 'Excel', '.xls': 'Excel', '.epub': 'EPUB', '.zip': 'ZIP archive', '.png': 'PNG image', '.jpg': 'JPEG image',
  '.jpeg': 'JPEG image', '.gif': 'GIF image', '.exe': 'executable', '.gz': 'gzip archive',
};
const MEDIA_FORMATS: Record<string, DocumentFormat> = {
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown', 'text/html': 'html',
  'application/xhtml+xml': 'html', 'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new InvalidInputError(`${OP}: option ${name} must be a positive number, got ${value}`);
  return Math.floor(value);
}

/** Fill defaults and validate. @throws InvalidInputError for a non-positive limit. */
export function resolveLoadOptions(options: LoadOptions = {}): ResolvedLoadOptions {
  return Object.freeze({
    maxBytes: positiveInt('maxBytes', options.maxBytes, DEFAULT_MAX_DOCUMENT_BYTES),
    timeoutMs: positiveInt('timeoutMs', options.timeoutMs, DEFAULT_FETCH_TIMEOUT_MS),
    maxRedirects: options.maxRedirects === undefined ? DEFAULT_FETCH_MAX_REDIRECTS : Math.max(0, Math.floor(options.maxRedirects)),
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
}

/** The format a media type names (parameters ignored), or undefined. */
export function formatOfMediaType(mediaType: string | null | undefined): DocumentFormat | undefined {
  if (!mediaType) return undefined;
  return MEDIA_FORMATS[mediaType.split(';')[0].trim().toLowerCase()];
}

export interface BytesHint {
  /** File name or URL path whose extension hints at the format. */
  name?: string;
  /** Declared media type (HTTP Content-Type, upload type); wins over the extension, not over magic bytes. */
  mediaType?: string | null;
  /** Base for relative links (the URL after redirects); defaults to the source when it is a URL. */
  baseUrl?: string;
}

/**
 * Decide the format of raw bytes: magic bytes, then declared media type, then extension, then content.
 * @throws UnsupportedFormatError for a known unsupported type or a non-DOCX ZIP.
 */
export function detectFormat(raw: Uint8Array, source: string, hint: BytesHint = {}): DocumentFormat {
  const ext = hint.name ? extname(hint.name.replace(/[?#].*$/, '')).toLowerCase() : '';
  const sniffed = sniffFormat(raw);
  if (sniffed === 'pdf' || sniffed === 'docx') return sniffed;
  const declared = formatOfMediaType(hint.mediaType);
  // A generic text/plain from a server says little: let the extension refine it.
  if (declared && !(declared === 'text' && EXTENSIONS[ext])) return declared;
  if (EXTENSIONS[ext]) return EXTENSIONS[ext];
  if (UNSUPPORTED[ext]) throw new UnsupportedFormatError(`${OP}: ${source}: unsupported format (${UNSUPPORTED[ext]})`);
  if (sniffed === 'zip') throw new UnsupportedFormatError(`${OP}: ${source}: unsupported format (a ZIP archive that is not a DOCX document)`);
  const type = hint.mediaType?.split(';')[0].trim().toLowerCase();
  if (type && !type.startsWith('text/') && type !== 'application/octet-stream') {
    throw new UnsupportedFormatError(`${OP}: ${source}: unsupported media type ${type}`);
  }
  return sniffed === 'html' ? 'html' : 'text';
}

/**
 * Load a document from bytes already in memory (fetched or uploaded).
 * @throws InvalidInputError (empty, binary garbage), UnsupportedFormatError, ExtractionError (corrupt file).
 */
export async function loadDocumentBytes(raw: Uint8Array, source: string, hint: BytesHint = {}): Promise<LoadedDocument> {
  if (raw.length === 0) throw new InvalidInputError(`${OP}: ${source}: empty file`, { details: { source } });
  const format = detectFormat(raw, source, hint);
  if (format !== 'pdf' && format !== 'docx') {
    const reason = binaryReason(raw, { allowOtherCharsets: format === 'html' });
    if (reason) throw new InvalidInputError(`${OP}: ${source}: ${reason}`, { details: { source } });
  }
  const baseUrl = hint.baseUrl ?? (isUrl(source) ? source : undefined);
  switch (format) {
    case 'pdf': return loadPdf(raw, source);
    case 'docx': return loadDocx(raw, source);
    case 'html': {
      const charset = charsetOf(hint.mediaType);
      return loadHtml(raw, source, { ...(baseUrl ? { baseUrl } : {}), ...(charset ? { charset } : {}) });
    }
    case 'markdown': return loadMarkdown(raw, source);
    // Plain text that is really Markdown (a word-processor export saved as .txt) gets the Markdown loader.
    default: return looksLikeMarkdown(raw) ? loadMarkdown(raw, source) : loadText(raw, source);
  }
}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InvalidInputError(`${OP}: ${path}: is a directory, not a document`, { details: { source: path } });
    size = st.size;
  } catch (err) {
    if (isCitegraphError(err)) throw err;
    throw fileError(path, err);
  }
  if (size > maxBytes) {
    throw new TooLargeError(`${OP}: ${path}: file is ${size} bytes, over the limit of ${maxBytes} bytes`, { details: { source: path, size, maxBytes } });
  }
  // Read at most maxBytes + 1 even if the file grew after stat.
  try {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, total, buf.length - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) throw new TooLargeError(`${OP}: ${path}: file is over the limit of ${maxBytes} bytes`, { details: { source: path, maxBytes } });
        if (total === buf.length) break;
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, total);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (isCitegraphError(err)) throw err;
    throw fileError(path, err);
  }
}

function fileError(path: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new NotFoundError(`${OP}: ${path}: no such file`, { cause: err, details: { source: path } });
  if (code === 'EACCES' || code === 'EPERM') return new InvalidInputError(`${OP}: ${path}: permission denied`, { cause: err, details: { source: path } });
  if (code === 'EISDIR') return new InvalidInputError(`${OP}: ${path}: is a directory, not a document`, { cause: err, details: { source: path } });
  return new InvalidInputError(`${OP}: ${path}: cannot read file (${oneLine(err)})`, { cause: err, details: { source: path } });
}

/**
 * Load a file path or an http(s) URL.
 * @throws NotFoundError (missing file), TooLargeError, InvalidInputError (empty, binary), UnsupportedFormatError,
 *   ExtractionError (truncated or corrupt DOCX/PDF, unparseable HTML), FetchError / TimeoutError (URLs).
 */
export async function loadDocument(source: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const resolved = resolveLoadOptions(options);
  if (isUrl(source)) {
    const fetched = await fetchDocument(source, resolved);
    return loadDocumentBytes(fetched.body, source, { name: new URL(fetched.finalUrl).pathname, mediaType: fetched.contentType, baseUrl: fetched.finalUrl });
  }
  if (/^file:\/\//i.test(source)) {
    let path: string;
    try {
      path = fileURLToPath(source);
    } catch (err) {
      throw new InvalidInputError(`${OP}: ${source}: invalid file URL (${oneLine(err)})`, { cause: err, details: { source } });
    }
    const raw = await readFileLimited(path, resolved.maxBytes);
    return loadDocumentBytes(raw, source, { name: path });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new UnsupportedFormatError(`${OP}: ${source}: unsupported URL scheme (only http and https)`, { details: { source } });
  }
  const raw = await readFileLimited(source, resolved.maxBytes);
  return loadDocumentBytes(raw, source, { name: source });
}
