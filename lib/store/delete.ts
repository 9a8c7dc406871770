// Delete with undo: deletePages returns everything it removed; restorePages puts it back.
import { writeLibrary, type BulletinDatabase } from './database';
import { highlightId, mergeNote } from './merge';
import type { ArticleRecord, HighlightRecord, PageRecord } from './schema';
import { pageArticleKeys, reindexPages } from './search-index';

/** The removed rows, as they were: hold it while the UI offers "Undo". */
export interface DeletedPages {
  pages: (PageRecord & { id: number })[];
  /** Article rows as they were before the delete (including ones only unlinked, not removed). */
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
}

export async function deletePages(db: BulletinDatabase, pageIds: readonly number[]): Promise<DeletedPages> {
  return writeLibrary(db, async () => {
    const ids = new Set(pageIds);
    const pages = (await db.pages.bulkGet([...ids])).filter((p): p is PageRecord & { id: number } => !!p);
    const keys = [...new Set(pages.flatMap(pageArticleKeys))];
    const articles = (await db.articles.bulkGet(keys)).filter((r): r is ArticleRecord => !!r);
    const removedKeys: string[] = [];
    const kept: ArticleRecord[] = [];
    const otherPages = new Set<number>();
    for (const record of articles) {
      const remaining = record.pageIds.filter((id) => !ids.has(id));
      if (remaining.length) {
        kept.push({ ...record, pageIds: remaining });
        remaining.forEach((id) => otherPages.add(id));
      } else removedKeys.push(record.key);
    }
    const highlights = removedKeys.length
      ? await db.highlights.where('articleKey').anyOf(removedKeys).toArray()
      : [];
    await db.highlights.bulkDelete(highlights.map((h) => h.id!));
    await db.articles.bulkDelete(removedKeys);
    await db.articles.bulkPut(kept);
    await db.pages.bulkDelete(pages.map((p) => p.id));
    await db.search.bulkDelete(pages.map((p) => p.id));
    await reindexPages(db, otherPages);
    return { pages, articles, highlights };
  });
}

/**
 * Undoes deletePages. A page saved again in the meantime (same URL) keeps its new record and gets the old
 * reader layer merged in; stories saved again are relinked, not duplicated.
 */
export async function restorePages(db: BulletinDatabase, deleted: DeletedPages): Promise<void> {
  await writeLibrary(db, async () => {
    const idMap = new Map<number, number>();
    for (const page of deleted.pages) {
      const now = await db.pages.where('urlKey').equals(page.urlKey).first();
      if (now) {
        idMap.set(page.id, now.id!);
        const note = mergeNote(now.note, page.note);
        const tags = [...new Set([...now.tags, ...page.tags])];
        const detachedArticleKeys = [
          ...new Set([
            ...now.detachedArticleKeys,
            ...pageArticleKeys(page).filter((k) => !now.articleKeys.includes(k)),
          ]),
        ];
        await db.pages.put({
          ...now,
          note,
          tags,
          detachedArticleKeys,
          starred: now.starred || page.starred ? 1 : 0,
        });
      } else {
        idMap.set(page.id, page.id);
        await db.pages.add(page);
      }
    }
    const mapId = (id: number) => idMap.get(id) ?? id;
    const current = new Map<string, ArticleRecord>();
    (await db.articles.bulkGet(deleted.articles.map((a) => a.key))).forEach(
      (r) => r && current.set(r.key, r),
    );
    const rows = deleted.articles.map((before) => {
      const now = current.get(before.key);
      if (!now) return { ...before, pageIds: [...new Set(before.pageIds.map(mapId))] };
      return {
        ...now,
        note: mergeNote(now.note, before.note),
        pageIds: [...new Set([...before.pageIds.map(mapId), ...now.pageIds])],
      };
    });
    await db.articles.bulkPut(rows);
    const keys = deleted.highlights.map((h) => h.articleKey);
    const existing = new Set(
      (keys.length ? await db.highlights.where('articleKey').anyOf(keys).toArray() : []).map(highlightId),
    );
    await db.highlights.bulkPut(deleted.highlights.filter((h) => !existing.has(highlightId(h))));
    const affected = new Set(rows.flatMap((r) => r.pageIds));
    deleted.pages.forEach((p) => affected.add(mapId(p.id)));
    await reindexPages(db, affected);
  });
}
