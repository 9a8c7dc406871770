// Opt-in automatic detection: the content script registered for the reader's sites, once the browser has
// granted those hosts. Kept in step with the settings by the background.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import { CONTENT_SCRIPT_FILE } from './tabs';

export const AUTO_DETECT_SCRIPT_ID = 'bulletin-digest-auto-detect';

export function autoDetectOrigins(settings: Pick<Settings, 'sites'>): string[] {
  return settings.sites.length ? settings.sites : ['<all_urls>'];
}

/** Asks for the hosts. Call it first thing in a click handler: the browser wants a user gesture. */
export function requestAutoDetectPermission(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Registers, updates or removes the auto-detect content script to match the settings and permissions. */
export async function syncAutoDetect(settings: Settings): Promise<'registered' | 'off' | 'no-permission'> {
  const origins = autoDetectOrigins(settings);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_DETECT_SCRIPT_ID] });
  const wanted = settings.autoDetect && (await browser.permissions.contains({ origins }));
  const same =
    registered.length === 1 && JSON.stringify(registered[0]!.matches ?? []) === JSON.stringify(origins);
  if (wanted && same) return 'registered';
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_DETECT_SCRIPT_ID] });
  if (!wanted) return settings.autoDetect ? 'no-permission' : 'off';
  await browser.scripting.registerContentScripts([
    {
      id: AUTO_DETECT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: origins,
      runAt: 'document_idle',
      allFrames: false,
    },
  ]);
  return 'registered';
}
