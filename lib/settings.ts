// The reader's settings, one versioned item in extension storage (read by the background, the popup and
// the library). Values read back are checked field by field: a damaged item falls back to the defaults.
import { storage } from 'wxt/utils/storage';
import { isPlainObject } from './ui/schema';

export type Language = 'auto' | 'en' | 'zh_CN';
export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Detect on every page of `sites` and show the article count on the badge (needs host permission). */
  autoDetect: boolean;
  /** Match patterns; empty means every site. */
  sites: string[];
  language: Language;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoDetect: false,
  sites: [],
  language: 'auto',
  theme: 'auto',
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const LANGUAGES: Language[] = ['auto', 'en', 'zh_CN'];
const THEMES: Theme[] = ['auto', 'light', 'dark'];

export function normalizeSettings(value: unknown): Settings {
  const v = isPlainObject(value) ? value : {};
  const sites = Array.isArray(v.sites) ? v.sites.filter((s): s is string => typeof s === 'string') : [];
  return {
    autoDetect: typeof v.autoDetect === 'boolean' ? v.autoDetect : DEFAULT_SETTINGS.autoDetect,
    sites: sites.filter((s) => MATCH_PATTERN.test(s)),
    language: LANGUAGES.includes(v.language as Language) ? (v.language as Language) : 'auto',
    theme: THEMES.includes(v.theme as Theme) ? (v.theme as Theme) : 'auto',
  };
}

export async function loadSettings(): Promise<Settings> {
  const settings = normalizeSettings(await settingsItem.getValue());
  keepPageCopy(settings);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const clean = normalizeSettings(settings);
  await settingsItem.setValue(clean);
  keepPageCopy(clean);
}

/**
 * Extension pages keep a copy of the settings in their origin's localStorage, which reads synchronously:
 * the popup renders in the reader's language and theme at once instead of after extension storage answers
 * (a round trip through the browser). Extension storage stays the source of truth and corrects the copy.
 * The background has no localStorage and the content script never imports this module.
 */
const PAGE_COPY_KEY = 'settings';

const pageStorage = (): Storage | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // A page whose storage is blocked throws on access.
    return undefined;
  }
};

/** The copy kept by the last load or save in an extension page, if there is one. */
export function pageCopyOfSettings(): Settings | undefined {
  try {
    const raw = pageStorage()?.getItem(PAGE_COPY_KEY);
    return raw ? normalizeSettings(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

function keepPageCopy(settings: Settings): void {
  try {
    pageStorage()?.setItem(PAGE_COPY_KEY, JSON.stringify(settings));
  } catch {
    // Full or blocked storage: the next page waits for extension storage instead.
  }
}

/** A WebExtension match pattern (scheme://host/path), or <all_urls>. */
const MATCH_PATTERN = /^(<all_urls>|(\*|https?|file|ftp):\/\/(\*|(\*\.)?[^/*:\s]+(:\d+)?)?\/\S*)$/;

/**
 * Reads the sites textarea: one pattern per line. A bare host (`example.com`) or an origin
 * (`http://127.0.0.1:8080`) is widened to a pattern covering the whole site; ports are dropped because
 * match patterns ignore them. Returns the patterns and the lines that could not be read.
 */
export function parseSites(text: string): { patterns: string[]; invalid: string[] } {
  const patterns: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    let pattern = line;
    if (!pattern.includes('://') && pattern !== '<all_urls>') pattern = `*://${pattern}`;
    const origin = /^([^:]+:\/\/[^/]+)(\/.*)?$/.exec(pattern);
    if (origin) pattern = `${origin[1]!.replace(/:\d+$/, '')}${origin[2] ?? '/*'}`;
    if (MATCH_PATTERN.test(pattern)) {
      if (!patterns.includes(pattern)) patterns.push(pattern);
    } else invalid.push(line);
  }
  return { patterns, invalid };
}
