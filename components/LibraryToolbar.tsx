import type { LibraryStore } from '@/lib/library/state';
import { t } from '@/lib/ui/i18n';

/** Selection, export (selection or everything), import with its report, delete of the selection. */
export function LibraryToolbar({ store }: { store: LibraryStore }) {
  const selectedCount = store.selected.value.size;
  const shown = store.hits.value.length;
  const report = store.importReport.value;
  return (
    <div class="toolbar">
      <div class="row">
        <label>
          <input
            type="checkbox"
            data-testid="select-all"
            checked={shown > 0 && selectedCount === shown}
            onChange={(e) => store.selectAll(e.currentTarget.checked)}
          />
          {t('selectAll')}
        </label>
        {selectedCount > 0 && <span class="muted">{t('selectedCount', selectedCount)}</span>}
        <button type="button" data-testid="export-json" onClick={() => void store.exportJson()}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-markdown" onClick={() => void store.exportMarkdown()}>
          {t('exportMarkdown')}
        </button>
        {selectedCount > 0 && (
          <button
            type="button"
            data-testid="delete-selected"
            onClick={() => void store.deleteSelected(t('selectedCount', selectedCount))}
          >
            {t('deleteSelected')}
          </button>
        )}
        <label class="import">
          {t('importFile')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void store.importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {(report || store.importError.value) && (
        <div data-testid="import-report" role="status" class="import-report">
          {report ? (
            <>
              <p>{t('importReport', report.pagesAdded, report.pagesMerged, report.skipped.length)}</p>
              {report.skipped.length > 0 && (
                <ul>
                  {report.skipped.slice(0, 50).map((s, i) => (
                    <li key={i}>{t('importSkipped', `${s.table}[${s.index}]`, s.reason)}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p role="alert">{t('importFailed', store.importError.value)}</p>
          )}
        </div>
      )}
    </div>
  );
}
