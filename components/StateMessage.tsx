import type { PopupState } from '@/lib/popup/state';
import { t } from '@/lib/ui/i18n';

interface Props {
  state: PopupState;
  errorMessage: string;
  noArticles: boolean;
  onExtractAnyway: () => void;
}

/** The one-line message of each popup state (nothing when the digest is simply ready). */
export function StateMessage({ state, errorMessage, noArticles, onExtractAnyway }: Props) {
  if (state === 'ready') return null;
  const text = {
    working: t('stateWorking'),
    'not-bulletin': noArticles ? t('stateNoArticles') : t('stateNotBulletin'),
    restricted: t('stateRestricted'),
    'too-large': t('stateTooLarge'),
    error: t('stateError', errorMessage),
  }[state];
  return (
    <div class={`message message-${state}`} role={state === 'error' ? 'alert' : 'status'}>
      <p data-testid="message">{text}</p>
      {state === 'not-bulletin' && (
        <button type="button" data-testid="extract-anyway" onClick={onExtractAnyway}>
          {t('extractAnyway')}
        </button>
      )}
    </div>
  );
}
