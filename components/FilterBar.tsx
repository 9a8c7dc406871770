import type { LibraryStore } from '@/lib/library/state';
import { t } from '@/lib/ui/i18n';

/** Filters by site, tag, edition date range and star; each change searches again. */
export function FilterBar({ store }: { store: LibraryStore }) {
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filters')}</legend>
      <label>
        {t('filterSite')}
        <select
          data-testid="filter-site"
          value={store.site.value}
          onChange={(e) => store.setFilter(() => (store.site.value = e.currentTarget.value))}
        >
          <option value="">{t('filterAll')}</option>
          {store.sites.value.map((site) => (
            <option value={site} key={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterTag')}
        <select
          data-testid="filter-tag"
          value={store.tag.value}
          onChange={(e) => store.setFilter(() => (store.tag.value = e.currentTarget.value))}
        >
          <option value="">{t('filterAll')}</option>
          {store.tags.value.map((tag) => (
            <option value={tag} key={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterFrom')}
        <input
          type="date"
          data-testid="filter-from"
          value={store.from.value}
          onChange={(e) => store.setFilter(() => (store.from.value = e.currentTarget.value))}
        />
      </label>
      <label>
        {t('filterTo')}
        <input
          type="date"
          data-testid="filter-to"
          value={store.to.value}
          onChange={(e) => store.setFilter(() => (store.to.value = e.currentTarget.value))}
        />
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="filter-starred"
          checked={store.starredOnly.value}
          onChange={(e) => store.setFilter(() => (store.starredOnly.value = e.currentTarget.checked))}
        />
        {t('filterStarred')}
      </label>
    </fieldset>
  );
}
