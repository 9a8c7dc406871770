import { signal } from '@preact/signals';
import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { requestAutoDetectPermission } from '@/lib/extension/auto-detect';
import { createLibraryDeps } from '@/lib/library/deps';
import { createLibraryStore } from '@/lib/library/state';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings';
import { requestPersistentStorage } from '@/lib/store';
import { applyDocumentSettings, languageSetting, t } from '@/lib/ui/i18n';
import '@/components/styles/base.css';
import '@/components/styles/library.css';

const settings = signal<Settings>(await loadSettings().catch(() => ({ ...DEFAULT_SETTINGS })));
const applySettings = (next: Settings) => {
  settings.value = next;
  languageSetting.value = next.language;
  applyDocumentSettings(document, next.theme);
  document.title = `${t('extName')} · ${t('libraryTitle')}`;
};
applySettings(settings.value);

const store = createLibraryStore(createLibraryDeps(undefined, t('extName')));
const settingsDeps = { requestPermission: requestAutoDetectPermission, save: saveSettings };

function App() {
  return (
    <LibraryApp
      store={store}
      settings={settings.value}
      settingsDeps={settingsDeps}
      onSettingsSaved={applySettings}
    />
  );
}
render(<App />, document.getElementById('app')!);
void store.init();
void requestPersistentStorage();
