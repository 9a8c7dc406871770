import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { createPopupDeps, libraryUrl } from '@/lib/popup/deps';
import { createPopupStore } from '@/lib/popup/state';
import { loadSettings } from '@/lib/settings';
import { applyDocumentSettings, languageSetting } from '@/lib/ui/i18n';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';

const settings = await loadSettings().catch(() => undefined);
if (settings) languageSetting.value = settings.language;
applyDocumentSettings(document, settings?.theme ?? 'auto');
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');
const store = createPopupStore(createPopupDeps(location.search));
render(<PopupApp store={store} libraryUrl={libraryUrl()} />, document.getElementById('app')!);
void store.load();
