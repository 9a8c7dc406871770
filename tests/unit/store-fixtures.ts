// Small bulletins for the store tests, and fresh databases with unique names.
import type { Article, Bulletin } from '../../lib/model';
import { BulletinDatabase, type DatabaseOptions } from '../../lib/store/database';

let counter = 0;
const opened: BulletinDatabase[] = [];

export function freshDb(options?: DatabaseOptions): BulletinDatabase {
  const db = new BulletinDatabase(`store-test-${Date.now()}-${++counter}`, options);
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
}

/** Key sentences: the first `keyParagraphs` paragraphs, as a summariser would pick them. */
export function makeArticle(
  headline: string,
  paragraphs: string[],
  extra: Partial<Article> = {},
  keyParagraphs = paragraphs.length,
): Article {
  return {
    id: `id-${headline}`,
    headline,
    authors: [],
    sections: [{ paragraphs }],
    figures: [],
    summary: {
      sentences: paragraphs.slice(0, keyParagraphs).map((text, paragraph) => ({ text, paragraph, score: 1 })),
      facts: [],
      keywords: [],
    },
    ...extra,
  };
}

export function makeBulletin(url: string, articles: Article[], extra: Partial<Bulletin> = {}): Bulletin {
  return {
    url,
    canonicalUrl: url,
    title: articles[0]?.headline ?? url,
    lang: 'zh',
    publishedAt: '2024-04-03',
    detection: { kind: 'bulletin', score: 0.9, signals: [] },
    articles,
    contentHash: `h-${url}`,
    ...extra,
  };
}

export const POLICE = makeArticle('激发内生动力 锻造公安铁军', [
  '全区公安机关多措并举推动政工工作转型升级。',
  '近年来,全区公安机关各级政工部门着力锻造公安铁军,在鄂尔多斯召开现场会。',
]);
export const PATENTS = makeArticle('Intellectual property courts expand', [
  'The province opened two intellectual property tribunals this spring.',
  '知识产权保护工作取得新进展,审结案件1200件。',
]);
/** Its second paragraph is not a key sentence: only a full-text scan finds what is in it. */
export const READING = makeArticle(
  '读书活动走进社区',
  ['呼和浩特讯 读书活动现场气氛热烈。', '活动共吸引300余名居民参加。'],
  {},
  1,
);
