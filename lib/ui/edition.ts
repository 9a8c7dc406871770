// How the library names an edition: `2023年4月26日 · 第03版` (or `26 April 2023 · page 03`).

/** The page number of a newspaper page, from a title like `北疆警讯数字报-第03版:政工`. */
export function pageNumberOf(title: string): string | undefined {
  return /第\s*(\d{1,3})\s*版/.exec(title)?.[1];
}

/** Parses the date part of an ISO date or date-time without shifting it by time zone. */
function dateParts(iso: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function editionLabel(
  publishedAt: string | undefined,
  title: string,
  lang: 'en' | 'zh_CN',
  unknownDate: string,
): string {
  const parts = publishedAt ? dateParts(publishedAt) : undefined;
  const page = pageNumberOf(title);
  let date = unknownDate;
  if (parts) {
    date =
      lang === 'zh_CN'
        ? `${parts.y}年${parts.m}月${parts.d}日`
        : new Date(Date.UTC(parts.y, parts.m - 1, parts.d)).toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          });
  }
  if (!page) return date;
  return lang === 'zh_CN' ? `${date} · 第${page}版` : `${date} · page ${page}`;
}

/** The key that groups results: the edition date (yyyy-mm-dd) and page, or '' when unknown. */
export function editionKey(publishedAt: string | undefined, title: string): string {
  const date = publishedAt ? /^\d{4}-\d{2}-\d{2}/.exec(publishedAt)?.[0] : undefined;
  return `${date ?? ''}|${pageNumberOf(title) ?? ''}`;
}
