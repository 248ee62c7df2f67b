// The template helper of the explorer: `html` tagged templates escape every interpolated value
// with the one `escapeHtml`, unless it is already SafeHtml (built by `html` itself or `raw`).
// Everything that comes from documents goes through here; a document may contain `<script>`.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

/** A string of markup that is already safe to emit. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** Tagged template: literal parts are trusted, interpolations are escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Trust a string of markup built by code (never by document text). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Build a query string for an href (values are URL-encoded; `html` escapes the result). */
export function href(path: string, query: Record<string, string | number | undefined | null> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Only http(s) URLs become clickable links: a `javascript:` URL in a document stays text. */
export function isSafeLinkUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
