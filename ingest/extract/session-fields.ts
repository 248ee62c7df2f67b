// Session fields read off the text: the platform a session runs on and its registration URL.
import type { ExtractContext, Unit } from './context.js';

export const PLATFORM = /\b(Zoom|WebEx|Webex|Microsoft Teams|MS Teams|Google Meet|YouTube|Interactio|KUDO|Kudo|Skype|in[- ]person|hybrid)\b/;

export function normPlatform(p: string): string {
  if (/^webex$/i.test(p)) return 'WebEx';
  if (/teams/i.test(p)) return 'Microsoft Teams';
  if (/person/i.test(p)) return 'in person';
  return p;
}

/** A URL in the session body that is for registering (its path, or the sentence before it says so). */
export function registrationUrl(ctx: ExtractContext, body: Unit[]): string | null {
  for (let i = 0; i < body.length; i++) {
    const u = body[i];
    if (u.kind === 'footnote') continue;
    const urls = ctx.urlSpans.filter((s) => s.start >= u.start && s.end <= u.end);
    for (const s of urls) {
      const around = ctx.text.slice(Math.max(u.start, s.start - 200), s.start) + (i > 0 ? ' ' + ctx.text.slice(body[i - 1].start, body[i - 1].end).slice(-300) : '');
      if (isRegistrationLink(s.url) || /\bregist|\bsign[- ]?up|\brsvp\b/i.test(around)) return s.url;
    }
  }
  return null;
}


/** A link whose path registers ("/register", "/signup", "/rsvp"), or a meeting platform's webinar link (zoom.us/webinar/...). */
export function isRegistrationLink(url: string): boolean {
  const m = /^(?:https?:\/\/)?([^/?#]+)(.*)$/i.exec(url);
  if (!m) return false;
  const [, host, path] = m;
  if (/regist|sign[-_]?up|rsvp/i.test(path)) return true;
  return /(?:^|\.)(?:zoom\.us|webex\.com|teams\.microsoft\.com|gotowebinar\.com|zoomgov\.com)$/i.test(host) && /\/(?:webinar|w)\//i.test(path + '/');
}
