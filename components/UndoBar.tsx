import type { LibraryStore } from '@/lib/library/state';
import { t } from '@/lib/ui/i18n';

/** After a delete: what went, and the way back. */
export function UndoBar({ store }: { store: LibraryStore }) {
  const last = store.lastDeleted.value;
  if (!last) return null;
  return (
    <div class="undo-bar" role="status">
      <span>{t('deleted', last.label)}</span>
      <button type="button" data-testid="undo" onClick={() => void store.undo()}>
        {t('undo')}
      </button>
    </div>
  );
}
