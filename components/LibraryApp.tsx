import type { SettingsFormDeps } from '@/lib/library/settings-form';
import type { LibraryStore } from '@/lib/library/state';
import type { Settings } from '@/lib/settings';
import { t } from '@/lib/ui/i18n';
import { ArticleDetail } from './ArticleDetail';
import { FilterBar } from './FilterBar';
import { LibraryToolbar } from './LibraryToolbar';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SettingsPanel } from './SettingsPanel';
import { UndoBar } from './UndoBar';

interface Props {
  store: LibraryStore;
  settings: Settings;
  settingsDeps: SettingsFormDeps;
  onSettingsSaved: (settings: Settings) => void;
}

/** The library: search and filters, results by edition, the detail of one, tools, settings. */
export function LibraryApp({ store, settings, settingsDeps, onSettingsSaved }: Props) {
  return (
    <div class="library" data-testid="library" data-loading={store.loading.value}>
      <header class="library-header">
        <h1>
          {t('extName')} · {t('libraryTitle')}
        </h1>
        <SearchBox value={store.text.value} onInput={store.setText} />
      </header>
      <FilterBar store={store} />
      <LibraryToolbar store={store} />
      <UndoBar store={store} />
      {store.error.value && (
        <p role="alert" data-testid="library-error">
          {store.error.value}
        </p>
      )}
      <div class="library-body">
        <ResultList store={store} />
        <ArticleDetail store={store} />
      </div>
      <details class="settings-box">
        <summary>{t('settings')}</summary>
        <SettingsPanel settings={settings} deps={settingsDeps} onSaved={onSettingsSaved} />
      </details>
    </div>
  );
}
