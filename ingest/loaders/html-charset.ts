// Decoding HTML bytes: BOM, then a charset from the HTTP header, then <meta charset>, then UTF-8 when the bytes
// are valid UTF-8, else windows-1252. (Browsers default to windows-1252; local files today are mostly UTF-8.)

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

function decoderFor(label: string | undefined | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // unknown label: fall through to the next rule
  }
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w:.-]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

/** Decode HTML bytes to a string following the rules above. */
export function decodeHtml(raw: Uint8Array, declaredCharset?: string): string {
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) return new TextDecoder('utf-8').decode(raw.subarray(3));
  if (raw[0] === 0xff && raw[1] === 0xfe) return new TextDecoder('utf-16le').decode(raw.subarray(2));
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw.subarray(2));
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 2048));
  const declared = decoderFor(declaredCharset) ?? decoderFor(META_CHARSET.exec(head)?.[1]);
  if (declared) return declared.decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('windows-1252').decode(raw);
  }
}
