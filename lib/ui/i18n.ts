// The pages' interface language as a signal: changing it in the settings re-renders every string.
import { signal } from '@preact/signals';
import type { Language } from '../settings';
import { resolveLanguage, translate, type MessageKey, type UiLanguage } from './i18n-core';

export type { MessageKey, UiLanguage } from './i18n-core';
export { browserLanguage } from './i18n-core';

/** The language setting; 'auto' follows the browser. */
export const languageSetting = signal<Language>('auto');

export const uiLanguage = (): UiLanguage => resolveLanguage(languageSetting.value);

/** The interface string `key` in the current language, with `$1`… replaced by `substitutions`. */
export const t = (key: MessageKey, ...substitutions: (string | number)[]): string =>
  translate(languageSetting.value, key, substitutions);

/** Applies the interface language and theme to the document (lang attribute, data-theme for CSS). */
export function applyDocumentSettings(doc: Document, theme: 'auto' | 'light' | 'dark'): void {
  doc.documentElement.lang = uiLanguage() === 'zh_CN' ? 'zh-CN' : 'en';
  if (theme === 'auto') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.dataset.theme = theme;
}
