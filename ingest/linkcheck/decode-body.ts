// Content-Encoding of the first bytes of a body (gzip, deflate zlib or raw, br), decoded up to a cap.
// Small pages decode in one synchronous call; a page whose decoded size passes the cap (a 1 MB page
// sent as 150 KB of gzip) is decoded as a stream and cut at the cap, so its title is still read.
import {
  brotliDecompressSync, constants as zc, createBrotliDecompress, createGunzip, createInflate, createInflateRaw,
  gunzipSync, inflateRawSync, inflateSync, type ZlibOptions, type BrotliOptions,
} from 'node:zlib';
import type { Transform } from 'node:stream';

type Kind = 'gzip' | 'inflate' | 'raw' | 'br';

function kindOf(encoding: string | undefined, buf: Buffer): Kind | null {
  const enc = (encoding ?? '').toLowerCase().trim();
  if (enc === 'gzip' || enc === 'x-gzip') return 'gzip';
  // "deflate" is zlib-wrapped by the standard, raw by many servers (browsers take both).
  if (enc === 'deflate') return buf[0] === 0x78 ? 'inflate' : 'raw';
  return enc === 'br' ? 'br' : null;
}

const ZLIB: ZlibOptions = { finishFlush: zc.Z_SYNC_FLUSH };
const BROTLI: BrotliOptions = { finishFlush: zc.BROTLI_OPERATION_FLUSH };

function decodeSync(kind: Kind, buf: Buffer, cap: number): Buffer {
  if (kind === 'gzip') return gunzipSync(buf, { ...ZLIB, maxOutputLength: cap });
  if (kind === 'inflate') return inflateSync(buf, { ...ZLIB, maxOutputLength: cap });
  if (kind === 'raw') return inflateRawSync(buf, { ...ZLIB, maxOutputLength: cap });
  return brotliDecompressSync(buf, { ...BROTLI, maxOutputLength: cap });
}

function stream(kind: Kind): Transform {
  if (kind === 'gzip') return createGunzip(ZLIB);
  if (kind === 'inflate') return createInflate(ZLIB);
  if (kind === 'raw') return createInflateRaw(ZLIB);
  return createBrotliDecompress(BROTLI);
}

/** The first `cap` decoded bytes, stopping the decoder there. */
function decodeCapped(kind: Kind, buf: Buffer, cap: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const z = stream(kind);
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (out: Buffer) => {
      if (done) return;
      done = true;
      z.destroy();
      resolve(out);
    };
    z.on('data', (chunk: Buffer) => {
      const take = Math.min(chunk.length, cap - size);
      if (take > 0) chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
      size += take;
      if (size >= cap) finish(Buffer.concat(chunks, size));
    });
    z.on('end', () => finish(Buffer.concat(chunks, size)));
    z.on('error', () => finish(size > 0 ? Buffer.concat(chunks, size) : buf));
    z.end(buf);
  });
}

/** Decode `buf`; truncated input yields what could be decoded, undecodable input comes back as sent. */
export async function decodeBody(buf: Buffer, encoding: string | undefined, cap: number): Promise<Buffer> {
  const kind = kindOf(encoding, buf);
  if (!kind || buf.length === 0) return buf;
  try {
    return decodeSync(kind, buf, cap);
  } catch (err) {
    // Past the cap: decode again as a stream and keep its first `cap` bytes.
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return decodeCapped(kind, buf, cap);
    // Mislabelled (not really compressed) or corrupt from the first byte: read what came as it came.
    return buf;
  }
}
