// Parked-domain detection: a registrar or parking service page instead of the cited site, seen
// either in the hosts of the redirect chain or in the page's for-sale wording.
import { readUrl } from './url-cache.js';

/** Parking and domain-marketplace hosts (suffix match). */
export const PARKING_HOSTS = [
  'sedoparking.com', 'sedo.com', 'bodis.com', 'parkingcrew.net', 'above.com', 'dan.com', 'afternic.com',
  'hugedomains.com', 'buydomains.com', 'undeveloped.com', 'parklogic.com', 'domainmarket.com', 'uniregistry.com',
  'parkingpage.namecheap.com', 'smartname.com', 'fabulous.com', 'voodoo.com', 'domainnamesales.com',
  'brandbucket.com', 'squadhelp.com', 'atom.com', 'epik.com', 'porkbun.com', 'skenzo.com', 'parked.com',
  'domainlore.co.uk', 'trafficz.com', 'namebright.com', 'internettraffic.com',
] as const;

const FOR_SALE = [
  /\bthis domain (name )?(is|may be) for sale\b/i,
  /\b(the )?domain (name )?[\w.-]+\.[a-z]{2,} (is|may be) for sale\b/i,
  /\bbuy this domain\b/i,
  /\b[\w-]+\.[a-z]{2,} is for sale\b/i,
  /\binterested in (this|the|buying this) domain\b/i,
  /\bis this your domain\b/i,
  /\bown this domain\b/i,
  /\bdomain (isn't|isn’t|is not|has not been) (yet )?connected to a (web ?site|site)\b/i,
  /\blease this domain\b/i,
  /\bmake an offer (on|for) this domain\b/i,
  /\binquire (now )?about (this|the) domain\b/i,
  /\bthis (web ?page|domain) is parked\b/i,
  /\bparked (free|domain)\b/i,
  /\bdomain parking\b/i,
  /\bthis domain has (recently )?been registered\b/i,
  /\bthis domain (name )?(has )?expired\b/i,
  /\bdomain (name )?[\w.-]+\.[a-z]{2,} (has )?expired\b/i,
  /\b(this|the) domain (is|was) (recently )?registered (at|with|by)\b/i,
  // Registrars and marketplaces in other languages: "Diese Domain steht zum Verkauf", "Ce domaine est à vendre".
  /\bdiese domain (steht zum verkauf|kaufen|ist zu verkaufen|wurde registriert|ist geparkt)/i, /\bdomain (steht )?zum verkauf\b/i,
  /\b(ce|le) (nom de )?domaine (est|peut être) à vendre/i, /\bnom de domaine à vendre/i,
  /\beste dominio (está|puede estar) (a la venta|en venta)/i, /\bdominio en venta\b/i,
  /\bquesto dominio è in vendita/i, /\bdominio in vendita\b/i,
  /\bdit domein is te koop\b/i, /\bdomeinnaam te koop\b/i,
  /\beste domínio (está|pode estar) à venda/i, /\bdomínio à venda/i,
  /\bdomain (name )?([\w.-]+\.[a-z]{2,} )?(is|may be) available for (purchase|sale|registration)\b/i,
  /\b[\w-]+\.[a-z]{2,} is available for (purchase|registration)\b/i,
  /\bthis domain is registered,? but may still be available\b/i,
  /\bowner of this domain has not yet\b/i,
  /\bfuture home of something quite cool\b/i,
  /\bget this domain\b/i,
  /\bdomain (name )?for sale\b/i,
  /\b(this|the) (web ?site|site) is for sale\b/i,
  /\b(is|has been) parked\b/i,
  /\bparking page\b/i,
  /\bcourtesy of godaddy\b/i,
  /\bsponsored listings\b/i,
];
const ANY_FOR_SALE = new RegExp(FOR_SALE.map((re) => `(?:${re.source})`).join('|'), 'i');

const PARKING_MARKUP = /\/adsense\/domains\/caf\.js|\/parking-lander\/|\bsedoparking\.com\b|\bparkingcrew\.net\b/i;

function hostOf(url: string): string {
  return readUrl(url)?.hostname.toLowerCase() ?? '';
}

const PARKING_SET: ReadonlySet<string> = new Set(PARKING_HOSTS);

export function isParkingHost(url: string): boolean {
  const host = hostOf(url);
  // Bodis and others bounce parked domains to ww1./ww25. subdomains of the same name.
  if (/^ww\d{1,3}\./.test(host)) return true;
  // The host or any parent domain of it is a parking host.
  for (let suffix = host; ; ) {
    if (PARKING_SET.has(suffix)) return true;
    const dot = suffix.indexOf('.');
    if (dot < 0) return false;
    suffix = suffix.slice(dot + 1);
  }
}

/** True when the chain passed a parking host or the page reads like a for-sale/parking lander. */
export function isParked(chainUrls: readonly string[], title: string | null, text: string, html: string): boolean {
  if (chainUrls.some(isParkingHost)) return true;
  const head = `${title ?? ''} ${text.slice(0, 5000)}`;
  // Every phrase above holds one of these words: skip the regexes on ordinary pages.
  if (/domain|domein|domaine|dominio|domínio|sale|park|godaddy|sponsored|registration|purchase|future home/i.test(head) && ANY_FOR_SALE.test(head)) return true;
  // Ad-feed parking: the bare domain name as the title over a list of "related searches" links.
  if (title && /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(title.trim()) && /\b(related (searches|links)|sponsored (listings|links))\b/i.test(head)) return true;
  // JavaScript parking landers ship almost no text and jump to /lander; ad-feed parking pages load
  // Google's domain-parking script (AdSense for Domains, caf.js) or a registrar's parking bundle.
  const markup = html.slice(0, 20_000);
  return /window\.location\.(href|replace)\s*\(?\s*=?\s*["']\/lander\b/.test(markup) || PARKING_MARKUP.test(markup);
}
