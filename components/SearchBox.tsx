import { t } from '@/lib/ui/i18n';

/** The library's search field; searches as the reader types (the store debounces nothing, the page does). */
export function SearchBox({ value, onInput }: { value: string; onInput: (text: string) => void }) {
  return (
    <div class="search" role="search">
      <label for="library-search" class="visually-hidden">
        {t('search')}
      </label>
      <input
        id="library-search"
        type="search"
        data-testid="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
