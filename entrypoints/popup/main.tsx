import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { createPopupDeps, libraryUrl } from '@/lib/popup/deps';
import { POPUP_FIRST_RENDER_MARK } from '@/lib/popup/first-render';
import { createPopupStore } from '@/lib/popup/state';
import { loadSettings, pageCopyOfSettings, type Settings } from '@/lib/settings';
import { applyDocumentSettings, languageSetting } from '@/lib/ui/i18n';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';

const applySettings = (settings: Settings | undefined) => {
  if (settings) languageSetting.value = settings.language;
  applyDocumentSettings(document, settings?.theme ?? 'auto');
};

// The page's copy of the settings renders the shell at once; only the very first popup waits for storage.
const copy = pageCopyOfSettings();
applySettings(copy ?? (await loadSettings().catch(() => undefined)));
if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('as-page');
const store = createPopupStore(createPopupDeps(location.search));
render(<PopupApp store={store} libraryUrl={libraryUrl()} />, document.getElementById('app')!);
performance.mark(POPUP_FIRST_RENDER_MARK);
void store.load();
// Storage stays the source of truth: a change made since the copy was kept re-renders the popup.
if (copy) void loadSettings().then(applySettings, () => undefined);
