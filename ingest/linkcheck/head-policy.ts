// When a HEAD is worth sending. HEAD goes first on every host; a HEAD that finds an HTML page is
// always followed by a GET (the title and soft-404 analysis need the page), and so is a HEAD
// answered 4xx (servers that refuse or 404 every HEAD exist, so the GET has the last word). Once a
// host's HEADs have kept needing a GET, its page-like URLs (no document extension) go straight to
// GET and save a round trip. Document-like URLs (.pdf, .docx, ...) always start with HEAD.

export const DOCUMENT_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|epub|zip|gz|tgz|bz2|xz|7z|rar|tar|csv|tsv|json|xml|txt|mp3|mp4|m4a|wav|avi|mov|mkv|webm|jpe?g|png|gif|svg|webp|tiff?|bmp|ico|iso|dmg|exe|msi|bin)$/i;

/** HEADs on a host that needed a GET after them (HTML page, 4xx) before we stop leading with HEAD there. */
export const HTML_HEADS_BEFORE_GET_FIRST = 3;

export class HeadPolicy {
  private readonly seen = new Map<string, { needGet: number; settled: number }>();
  /** Origins whose HEAD hung or reset: every later check there goes straight to GET. */
  private readonly hostile = new Set<string>();

  /** Should this check of `url` start with HEAD? */
  shouldHead(url: URL): boolean {
    if (this.hostile.has(url.origin)) return false;
    if (DOCUMENT_EXT.test(url.pathname)) return true;
    const s = this.seen.get(url.origin);
    return !s || s.needGet < HTML_HEADS_BEFORE_GET_FIRST || s.settled * 4 > s.needGet;
  }

  /**
   * Record whether a HEAD settled the check (`needsGet` false) or a GET had to follow (an HTML page,
   * a 4xx). Page-like URLs only: documents say nothing about pages.
   */
  recordHead(url: URL, needsGet: boolean): void {
    if (DOCUMENT_EXT.test(url.pathname)) return;
    const s = this.seen.get(url.origin) ?? { needGet: 0, settled: 0 };
    if (needsGet) s.needGet++;
    else s.settled++;
    this.seen.set(url.origin, s);
  }

  markHostile(origin: string): void {
    this.hostile.add(origin);
  }
}
