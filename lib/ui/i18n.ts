// Interface strings live in public/_locales/<lang>/messages.json, the files the browser's own i18n reads
// for the manifest. The pages follow the browser's UI language through browser.i18n, and, because the
// browser cannot switch language at run time, read the same files directly when the reader picks one in
// the settings.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Language } from '../settings';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'zh_CN';

const CATALOGS: Record<UiLanguage, Record<string, { message: string }>> = { en, zh_CN: zhCN };

/** The language setting; 'auto' follows the browser. */
export const languageSetting = signal<Language>('auto');

export function browserLanguage(): UiLanguage {
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = globalThis.navigator?.language ?? '';
  }
  return /^zh/i.test(ui) ? 'zh_CN' : 'en';
}

export function uiLanguage(): UiLanguage {
  const setting = languageSetting.value;
  return setting === 'auto' ? browserLanguage() : setting;
}

function substitute(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** The interface string `key` in the current language, with `$1`… replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const lang = uiLanguage();
  if (languageSetting.value === 'auto') {
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
  const message = CATALOGS[lang][key]?.message ?? en[key]?.message ?? key;
  return substitute(message, substitutions);
}

/** Applies the interface language and theme to the document (lang attribute, data-theme for CSS). */
export function applyDocumentSettings(doc: Document, theme: 'auto' | 'light' | 'dark'): void {
  doc.documentElement.lang = uiLanguage() === 'zh_CN' ? 'zh-CN' : 'en';
  if (theme === 'auto') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.dataset.theme = theme;
}
