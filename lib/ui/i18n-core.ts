// Interface strings live in public/_locales/<lang>/messages.json, the files the browser's own i18n reads
// for the manifest. In "auto" the browser's i18n answers (its UI language); because the browser cannot
// switch language at run time, an explicit choice in the settings reads the same files directly.
// No UI framework here: the background uses it too.
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Language } from '../settings';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'zh_CN';

const CATALOGS: Record<UiLanguage, Record<string, { message: string }>> = { en, zh_CN: zhCN };

export function browserLanguage(): UiLanguage {
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = globalThis.navigator?.language ?? '';
  }
  return /^zh/i.test(ui) ? 'zh_CN' : 'en';
}

export const resolveLanguage = (setting: Language): UiLanguage =>
  setting === 'auto' ? browserLanguage() : setting;

function substitute(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** The interface string `key` for the language setting, with `$1`… replaced by `substitutions`. */
export function translate(
  setting: Language,
  key: MessageKey,
  substitutions: (string | number)[] = [],
): string {
  if (setting === 'auto') {
    try {
      const fromBrowser = browser.i18n.getMessage(
        key as Parameters<typeof browser.i18n.getMessage>[0],
        substitutions.map(String),
      );
      if (fromBrowser) return fromBrowser;
    } catch {
      // No i18n API here (tests, or a context without it): the catalog below answers.
    }
  }
  const message = CATALOGS[resolveLanguage(setting)][key]?.message ?? en[key]?.message ?? key;
  return substitute(message, substitutions);
}
