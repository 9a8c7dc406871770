import { t } from '@/lib/ui/i18n';

/** A star the reader toggles; pressed state announced to screen readers. */
export function StarToggle({ starred, onToggle }: { starred: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      class={`star${starred ? ' on' : ''}`}
      data-testid="star"
      aria-pressed={starred}
      aria-label={starred ? t('unstar') : t('star')}
      title={starred ? t('unstar') : t('star')}
      onClick={onToggle}
    >
      {starred ? '★' : '☆'}
    </button>
  );
}
