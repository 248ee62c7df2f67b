// Not-found wording of error pages served with "200 OK": the phrases error templates use (English and
// the languages cited reports commonly come in), read in the title, the headings and short pages.
// A phrase inside a longer headline ("Found and Not Found: Provenance Research") is an article, not an error.

// Unambiguous sentences, anywhere in a page: "The page you were looking for doesn't exist", "The page
// you requested in this blog does not exist", "The link you followed may be broken".
const PAGE_YOU_WANTED_IS_NOT = /\b(page|file|document|resource|item|content|article|url) you('re| are| were| have)? ?(looking for|requested|tried to (access|reach|find|view|open)|(are |were )?trying to (access|reach|find|view|open)|wanted|seek)\b[^.!?]{0,40}?\b(doesn't|does not|no longer|isn't|is not|was not|wasn't|cannot|can't|could not|couldn't|has been|may have been|might have been)\b/i;
const LINK_YOU_FOLLOWED = /\blink you followed (may be|is|was|might be) (broken|expired|invalid)\b/i;
const WE_CANNOT_FIND = /\b(we|i) (couldn't|could not|can't|cannot|can ?not) (seem to )?find (the|that|this|your|any) (page|link|url|web ?page)\b|\b(couldn't|could not|can't|cannot|can ?not) (seem to )?find what you('re| are| were) looking for\b/i;

/** Sentences in languages other than English (no \b: it is ASCII-only in JavaScript regexes). */
const FOREIGN_SENTENCES = [
  /seite,? (die|welche) sie [^.!?]{0,50}(existiert|gibt es|wurde) (leider )?nicht/i, /seite (existiert|gibt es) (leider )?nicht/i,
  /seite (wurde |konnte )?(leider )?nicht gefunden/i, /seite ist (leider )?nicht (mehr )?(verfügbar|vorhanden)/i,
  /page [^.!?]{0,50}(n'existe (pas|plus)|est introuvable|n'a pas été trouvée|n'est plus disponible)/i, /page (introuvable|non trouvée)/i,
  /p[áa]gina [^.!?]{0,50}no (existe|est[áa] disponible|se (ha podido|pudo) encontrar)/i, /p[áa]gina no encontrada/i,
  /no (encontramos|pudimos encontrar|hemos (podido )?encontrado) (la|esta) p[áa]gina/i,
  /pagina [^.!?]{0,50}non (esiste|è (stata trovata|disponibile))/i, /pagina non trovata/i,
  /p[áa]gina [^.!?]{0,50}n[ãa]o (existe|foi encontrada|est[áa] dispon[íi]vel)/i, /p[áa]gina n[ãa]o encontrada/i,
  /pagina [^.!?]{0,50}(bestaat niet|is niet gevonden|kon niet (worden )?gevonden)/i, /pagina niet gevonden/i, /pagina bestaat niet/i,
  /sidan (kunde inte hittas|hittades inte|finns inte)/i, /siden (blev ikke fundet|findes ikke|finnes ikke|ble ikke funnet|kunne ikke findes)/i,
  /nie znaleziono strony/i, /strona [^.!?]{0,40}nie (istnieje|została znaleziona)/i, /strona nie (została )?znaleziona/i,
  /str[áa]nka (nebyla nalezena|nenalezena|neexistuje)/i, /sayfa bulunamad[ıi]/i, /sivua ei (löytynyt|löydy)/i, /oldal nem található/i,
  /pagina nu (a fost g[ăa]sit[ăa]|exist[ăa])/i, /σελίδα δεν (βρέθηκε|υπάρχει)/i,
  /страниц[аы] (не найдена|не существует)/i, /сторінк[уа] не знайдено|сторінка не знайдена/i,
  /ページ(が|は)見つかりません|ページは存在しません|お探しのページ/, /页面不存在|页面未找到|找不到(该|此|您要的|您访问的)?页面|頁面不存在|找不到網頁|网页不存在/,
  /페이지를 찾을 수 없습니다/, /الصفحة غير موجودة/, /页面找不到|頁面找不到|找不到頁面/,
  /no se (encontr[óo]|ha encontrado|pudo encontrar) (la )?p[áa]gina/i, /p[àa]gina no trobada/i, /str[áa]nka (nebola n[áa]jden[áa]|nen[áa]jden[áa])/i,
  /stranica (nije prona[đd]ena|ne postoji)/i, /страницата не (е намерена|съществува)/i, /puslapis nerastas|puslapis nerasta/i, /lapa nav atrasta/i,
  /lehte ei leitud/i, /halaman (tidak ditemukan|tidak dijumpai|tidak ada)/i, /kh[oô]ng t[iì]m th[aấ]y trang/i, /ไม่พบหน้า/, /הדף (לא נמצא|אינו קיים)/,
  /पृष्ठ (नहीं मिला|नहीं मिल)/, /صفحه (پیدا نشد|یافت نشد)/,
];

const STRONG_NOT_FOUND = [
  PAGE_YOU_WANTED_IS_NOT, LINK_YOU_FOLLOWED, WE_CANNOT_FIND,
  /\b(the )?page you (requested|are looking for|were looking for|tried to (access|reach)|have requested) (could not|cannot|can ?not|can't|was not|wasn't) (be )?found\b/i,
  /\b(the )?(requested )?(page|document|url) (could not|cannot|can't) be found\b/i,
  /\b(this|the) page (does not|doesn't|no longer) exists?\b/i,
  /\b(followed|clicked) (a|an) (broken|bad|dead|outdated|old) link\b/i, /\bentered a (url|web address|address) that (doesn't|does not) exist\b/i,
  /\berror 404\b/i, /\b404 (error|not found)\b/i, /\brequested url (\S+ )?was not found on this server\b/i,
  /\b(item|article|document|report|publication|resource|content|record|post|file|entry) (was |has been )?not found\b/i,
  // Deictic only: "This content has been removed" is the page speaking; "the post was removed" may be news.
  /\b(this|that) (page|content|item|article|document|publication|report|post|story|file|resource|video) (has been|was) (removed|deleted|taken down)\b|\bthe page (has been|was) (removed|deleted)\b/i,
  // "This video is no longer available", "This content isn't available right now", "Video unavailable".
  /\b((this|that) (page|content|item|article|document|resource|file|video|post)|the page) (isn't|is not|is no longer|is currently not|is currently un) ?available\b(?! (in|to|for|on) )/i,
  /\bthis (hosting )?account has been suspended\b/i,
  /\b(the )?(requested )?(page|document|url|file|resource) (could not|cannot|can't) be (found|located)\b/i,
  /\b(has been|was) (removed|deleted|taken down) from (our|this|the) (web ?site|site|server|portal)\b/i,
  /\b(page|content|item|article|document|resource) (is )?no longer available\b/i,
  ...FOREIGN_SENTENCES,
];

// Phrases that name an error page in a title or heading, but only when they are most of it.
const WEAK_NOT_FOUND = [
  // "404" alone is not enough ("Report 404 on ..."): it must lead the text or sit next to error words.
  // "404" leading a title or heading stands alone or before error words, never before a headline ("404 Days at Sea").
  /^\W*(error\s*)?404\b(?=\W*$|\W*(not|error|page|seite|fehler|erreur|errore|-|–|—|\||:|!|\.))/i, /\b(error|erreur|fehler|errore|código|code|http)\s*:?\s*404\b/i, /\b404\b\W{0,3}(error|not found|page|seite)\b/i,
  /\bnot found\b/i, /\bpage (you requested |you are looking for |you're looking for )?(was |could not be |cannot be |can ?not be |can't be )found\b/i,
  /\b(page|document|file|article|resource|content) (does not|doesn't|no longer) exists?\b/i,
  /\bno longer (available|exists)\b/i, /\b(page|document|content|resource|file|video|item|post) (is |isn't |is not )?(not |no longer |un)available\b(?! (in|to|for|on) )/i,
  /\b(page|document|content|resource|file|video|item|post) (isn't|is not) available\b(?! (in|to|for|on) )/i, /^\W*account suspended\W*$/i,
  /\bpage (isn't|is not) (available\b(?! (in|to|for|on) )|here\b)/i, /\b(that|this|the) page (is|went|has gone) (gone|missing)\b/i, /^\W*page missing\W*$/i,
  /\b(looks|seems) like you('re| are| have| got) (lost|taken a wrong turn)\b/i,
  /\bnothing (was )?found\b/i, /\boops[.!,]? (that|this) page\b/i, /\bpage (has been )?(removed|deleted)\b/i,
];

/** One alternation of a list of case-insensitive patterns: one scan of the text instead of one per pattern. */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'i');
}

/**
 * Weak phrases read in the opening of a short page's text. Bare "not found" / "nothing found" / "no
 * longer available" are left out there (a headline or "Nothing was found to change the conclusions"):
 * they count beside an error noun.
 */
const GENERIC = new Set([String(/\bnot found\b/i), String(/\bnothing (was )?found\b/i), String(/\bno longer (available|exists)\b/i)]);
const TEXT_WEAK = [
  ...WEAK_NOT_FOUND.filter((re) => !GENERIC.has(String(re))),
  /\b(404|page|error|file|document|url|resource|content)\W{0,3}not found\b/i, /\bnothing (was )?found (at this location|here)\b|^\W*nothing found\b/i,
];

const ANY_STRONG = anyOf(STRONG_NOT_FOUND);
const ANY_TEXT = anyOf([...STRONG_NOT_FOUND, ...TEXT_WEAK]);
const ANY_WEAK = anyOf(WEAK_NOT_FOUND);
const ANY_NOT_FOUND = anyOf([...STRONG_NOT_FOUND, ...WEAK_NOT_FOUND]);
/**
 * A word (or script) every strong sentence contains. Tried first: a scan for a few words is several
 * times cheaper than one for the whole alternation, and most pages have none of them.
 */
const STRONG_HINT = /\bfound\b|\blink\b|\bsuspended\b|\blocated\b|\bexists?\b|\b404\b|\bfind\b|\bpage you|\blink you followed\b|\b(removed|deleted|taken down|available)\b|[^\x00-\x7f]|\b(seite|page|p[aá]gina|pagina|sidan|siden|strony|strona|sayfa|sivua|oldal)\b/i;

/** Typographic apostrophes as typed ones: templates write "can’t" as often as "can't". */
const CURLY = /[’‘ʼ`´]/g;
const plain = (s: string) => s.replace(CURLY, "'");

/** Not-found wording in a string (title, heading). */
export function hasNotFoundWording(s: string | null): boolean {
  return !!s && ANY_NOT_FOUND.test(plain(s));
}

/** A title that is nothing but an error word ("Error", "Oops!", "Fehler") names an error page. */
const BARE_ERROR_TITLE = /^\W*(error|oops|fehler|erreur|errore|página de error)\W*$/i;
/** Title parts: "Page not found | Site", "Error 404 – Page Not Found", "Site - Not found". */
const TITLE_SEPARATORS = /\s[|–—·»•]\s|\s-\s|\s::\s/;
/** Pages longer than this are articles unless their error phrase is most of a title or heading. */
const SHORT_PAGE = 3000;

/** Does a weak phrase make up most of `part`? At most `maxOther` other words beside it. */
function phraseIsMostOf(part: string, maxOther: number): boolean {
  const m = ANY_WEAK.exec(part);
  if (!m) return false;
  const rest = (part.slice(0, m.index) + ' ' + part.slice(m.index + m[0].length)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return rest.length <= maxOther;
}

/**
 * A title or heading naming an error: an error sentence, or a weak phrase that is most of one of its
 * parts ("Page not found | Site"). A short page allows one more word ("Nothing found for <query>"),
 * never a headline with the words inside it ("What happens to items not found by their owners").
 */
function namesError(s: string, shortPage: boolean): boolean {
  if (ANY_STRONG.test(s)) return true;
  if (!ANY_WEAK.test(s)) return false;
  const maxOther = shortPage ? 4 : 3;
  return s.split(TITLE_SEPARATORS).some((part) => phraseIsMostOf(part, maxOther));
}

/**
 * Wording signal: a title or h1-h3 says "not found", or a short page (an error page, not an article
 * that mentions 404s) says it near the top, or an error sentence sits in a page far shorter than an article.
 */
export function notFoundByWording(title: string | null, headings: readonly string[], text: string): boolean {
  const shortPage = text.length < SHORT_PAGE;
  if (title !== null && (BARE_ERROR_TITLE.test(title) || namesError(plain(title), shortPage))) return true;
  if (headings.some((h) => h.length < 200 && namesError(plain(h), shortPage))) return true;
  if (text.length < 1500 && ANY_TEXT.test(plain(text.slice(0, 600)))) return true;
  // Error pages inside a full site template: menus first, the message further down. Only the
  // unambiguous sentences count here, and only on pages far shorter than an article.
  return text.length < 6000 && STRONG_HINT.test(text) && ANY_STRONG.test(plain(text));
}
