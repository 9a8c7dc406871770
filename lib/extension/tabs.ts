// Reaching a tab's content script: inject it on demand (activeTab + scripting), then talk to it.
import { browser } from 'wxt/browser';
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
