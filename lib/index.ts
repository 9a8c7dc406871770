// The library's public surface: detect a page, extract its articles, summarize them, or all at once.
import { detect } from './detect';
import { extract, type ExtractOptions } from './extract';
import type { Bulletin } from './model';
import { summarize } from './summarize';

export { detect, extract, summarize };
export type { ExtractOptions };
export { textToDocument } from './extract';

/** extract + summarize each article, with the page's language and date as context. */
export function digest(doc: Document, url?: string, options?: ExtractOptions): Bulletin {
  const bulletin = extract(doc, url, options);
  const articles = bulletin.articles.map((article) => ({
    ...article,
    summary: summarize(article, {
      lang: bulletin.lang,
      publishedAt: article.publishedAt ?? bulletin.publishedAt,
    }),
  }));
  return { ...bulletin, articles };
}
