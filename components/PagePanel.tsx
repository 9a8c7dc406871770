import type { PopupStore } from '@/lib/popup/state';
import { t } from '@/lib/ui/i18n';
import { StarToggle } from './StarToggle';
import { TagEditor } from './TagEditor';

/** The reader's layer of the page: note, tags, star, and "save all" with its status. */
export function PagePanel({ store }: { store: PopupStore }) {
  const status = store.saveStatus.value;
  const statusText =
    status === 'saving'
      ? t('saving')
      : status === 'saved'
        ? t('saved')
        : status === 'error'
          ? store.saveErrorCode.value === 'quota'
            ? t('saveQuota')
            : t('saveFailed', store.saveError.value)
          : '';
  return (
    <section class="page-panel" aria-label={t('pageNote')}>
      {/* Disabled until the page's saved layer is read (see PopupStore.layerReady). */}
      <fieldset
        class="page-layer"
        data-testid="page-layer"
        data-layer={store.layerReady.value ? 'ready' : 'loading'}
        disabled={!store.layerReady.value}
        aria-busy={!store.layerReady.value}
      >
        <div class="row">
          <label for="page-note">{t('pageNote')}</label>
          <StarToggle starred={store.starred.value} onToggle={store.toggleStar} />
        </div>
        <textarea
          id="page-note"
          data-testid="page-note"
          rows={2}
          placeholder={t('pageNotePlaceholder')}
          value={store.pageNote.value}
          onInput={(e) => (store.pageNote.value = e.currentTarget.value)}
        />
        <TagEditor
          tags={store.tags.value}
          known={store.knownTags.value}
          onAdd={store.addTag}
          onRemove={store.removeTag}
          listId="popup-tags"
          onFocus={store.wantKnownTags}
        />
        <div class="row">
          <button
            type="button"
            class="primary"
            data-testid="save-all"
            disabled={status === 'saving'}
            onClick={() => void store.saveAll()}
          >
            {t('saveAll')}
          </button>
          <span
            class={`save-status save-${status}`}
            data-testid="save-status"
            data-status={status}
            role={status === 'error' ? 'alert' : 'status'}
          >
            {statusText}
          </span>
        </div>
      </fieldset>
    </section>
  );
}
