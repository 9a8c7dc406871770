import type { LibraryStore, ResultRow } from '@/lib/library/state';
import { editionKey, editionLabel } from '@/lib/ui/edition';
import { t, uiLanguage } from '@/lib/ui/i18n';

function groupByEdition(rows: ResultRow[]): { key: string; label: string; rows: ResultRow[] }[] {
  const groups = new Map<string, { key: string; label: string; rows: ResultRow[] }>();
  for (const row of rows) {
    const key = editionKey(row.hit.editionDate, row.hit.title);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: editionLabel(row.hit.editionDate, row.hit.title, uiLanguage(), t('unknownDate')),
        rows: [],
      };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Results grouped under a heading per edition (date and page number). */
export function ResultList({ store }: { store: LibraryStore }) {
  const rows = store.rows.value;
  if (!rows.length) {
    if (store.loading.value) return null;
    const filtered =
      store.text.value || store.site.value || store.tag.value || store.from.value || store.to.value;
    return <p class="muted">{filtered || store.starredOnly.value ? t('noResults') : t('emptyLibrary')}</p>;
  }
  const selected = store.selected.value;
  const openKey = store.detail.value
    ? `${store.detail.value.page.id}|${store.detailArticleKey.value ?? ''}`
    : '';
  return (
    <div class="results">
      <p class="muted" role="status">
        {t('resultCount', store.total.value)}
      </p>
      {groupByEdition(rows).map((group) => (
        <section key={group.key} class="edition" aria-label={group.label}>
          <h2 data-testid="edition-group">{group.label}</h2>
          <ul>
            {group.rows.map((row) => {
              const key = `${row.pageId}|${row.articleKey ?? ''}`;
              return (
                <li
                  key={key}
                  class={`result${openKey === key ? ' open' : ''}`}
                  data-testid="result"
                  data-page-id={row.pageId}
                  data-article-id={row.articleKey}
                >
                  <input
                    type="checkbox"
                    data-testid="result-select"
                    aria-label={t('selectResult', row.headline)}
                    checked={selected.has(row.pageId)}
                    onChange={() => store.toggleSelected(row.pageId)}
                  />
                  <div>
                    <button
                      type="button"
                      class="result-headline"
                      data-testid="result-headline"
                      aria-expanded={openKey === key}
                      onClick={() => void store.openDetail(row.pageId, row.articleKey)}
                    >
                      {row.headline || t('noHeadline')}
                    </button>
                    <p class="muted small">
                      {row.hit.siteName || row.hit.site}
                      {row.hit.starred ? ' · ★' : ''}
                      {row.hit.tags.length ? ` · ${row.hit.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
                    </p>
                    {row.snippet && <p class="snippet">{row.snippet}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {store.hits.value.length < store.total.value && (
        <button type="button" onClick={() => void store.loadMore()}>
          {t('loadMore')}
        </button>
      )}
    </div>
  );
}
