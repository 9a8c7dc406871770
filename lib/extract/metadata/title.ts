// Title cleaning: drop the site name that <title> carries (`标题_北疆警讯数字报`, `Headline - Site`,
// `Headline | Site`, `Site: Headline` is left alone as too ambiguous).

/** Separators between a headline and a site or section name in <title>. */
const TITLE_SEPARATOR =
  /\s+[-|–—»·:]{1,2}\s+|\s*[|｜_]\s*|\s+::\s+|\s*--\s*|(?<=[\p{Script=Han}”」》）)])-(?=\p{Script=Han})/u;
/** A trailing part longer than this is not a site name. */
const MAX_SITE_PART_CHARS = 40;

export function cleanTitle(raw: string, options: { siteName?: string; headline?: string } = {}): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return '';
  const headline = options.headline?.replace(/\s+/g, ' ').trim();
  // The page's own headline inside the title is the cleanest answer.
  if (headline && headline.length >= 4 && title.includes(headline) && headline.length >= title.length / 3) {
    return headline;
  }
  const parts = splitTitle(title);
  if (parts.length < 2) return title;
  const site = options.siteName?.trim().toLowerCase();
  // Drop trailing parts that name the site or are short furniture (section, site); keep the longest head.
  let kept = parts.length;
  while (kept > 1) {
    const last = parts[kept - 1].trim();
    const lower = last.toLowerCase();
    const isSite = site && (lower === site || lower.includes(site) || site.includes(lower));
    const longestBefore = Math.max(...parts.slice(0, kept - 1).map((p) => p.length));
    if (isSite || (last.length <= MAX_SITE_PART_CHARS && last.length < longestBefore)) kept--;
    else break;
  }
  return title.slice(0, partEnd(title, parts, kept)).trim();
}

function splitTitle(title: string): string[] {
  return title.split(new RegExp(TITLE_SEPARATOR.source, 'gu')).filter((p) => p.trim());
}

/** Where the first `kept` parts end in the original string (separators differ, so find them in order). */
function partEnd(title: string, parts: string[], kept: number): number {
  let index = 0;
  for (let i = 0; i < kept; i++) index = title.indexOf(parts[i], index) + parts[i].length;
  return index;
}

/** E-paper page labels (`第02版:平安滨江`) sit beside the site name in titles but are not it. */
const PAGE_LABEL = /第\s*[0-9０-９一二三四五六七八九十]+\s*版/;

/** The site name <title> carries beside the headline (used when no og:site_name exists). */
export function siteFromTitle(raw: string, title?: string): string | undefined {
  const parts = splitTitle(raw.replace(/\s+/g, ' ').trim())
    .map((part) => part.trim())
    .filter((part) => part && !PAGE_LABEL.test(part) && (!title || !part.includes(title)));
  if (!parts.length || parts.length === splitTitle(raw).length) {
    // Nothing was the headline or a page label: only a trailing short part can be the site.
    const all = splitTitle(raw.replace(/\s+/g, ' ').trim());
    if (all.length < 2) return undefined;
    const last = all[all.length - 1].trim();
    return last.length <= MAX_SITE_PART_CHARS && !PAGE_LABEL.test(last) ? last : undefined;
  }
  const site = parts[parts.length - 1];
  return site.length <= MAX_SITE_PART_CHARS ? site : undefined;
}
