// Reaching a tab's content script: inject it on demand (activeTab + scripting), then talk to it; the
// sentence highlighter the same way, on its first use.
import { browser } from 'wxt/browser';
import { HIGHLIGHTER_KEY } from '../content/highlight';
import { sendToTab } from '../messages';

/** The built content script (WXT's output path for the unlisted script entrypoints/content-script.ts). */
export const CONTENT_SCRIPT_FILE = '/content-script.js';

/** Injects the content script unless one already answers in the tab's top frame. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'ping', {});
    return;
  } catch {
    // Nobody listening yet: inject below.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** The built sentence highlighter (entrypoints/highlighter.ts), injected on the first click on a sentence. */
export const HIGHLIGHTER_FILE = '/highlighter.js';

/**
 * Scrolls the tab's top frame to `sentence` and marks it briefly; false when the page does not hold it. The
 * highlighter is a script of its own, injected on first use: the content script that every request injects
 * stays small. It is called in the extension's isolated world, where it waits (lib/content/highlight).
 */
export async function highlightInTab(tabId: number, sentence: string): Promise<boolean> {
  const target = { tabId, frameIds: [0] };
  const call = async () =>
    (
      await browser.scripting.executeScript({
        target,
        func: callHighlighter,
        args: [HIGHLIGHTER_KEY, sentence],
      })
    )[0]?.result;
  let found = await call();
  if (typeof found !== 'boolean') {
    await browser.scripting.executeScript({ target, files: [HIGHLIGHTER_FILE] });
    found = await call();
  }
  return found === true;
}

/** Runs in the page's isolated world, sent there as source: it may use nothing from outside itself. */
function callHighlighter(key: string, sentence: string): boolean | null {
  const hook = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof hook === 'function' ? (hook as (text: string) => boolean)(sentence) === true : null;
}

/** `?tabId=N` in the page's URL, else the active tab of the current window. */
export async function resolveTab(search: string): Promise<{ id: number; url?: string }> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested >= 0 && new URLSearchParams(search).has('tabId')) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return { id: tab.id, url: tab.url };
}

/** The extension's badge API: `action` in MV3, `browserAction` in Firefox MV2. */
export function badgeApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
