// Saving the settings form: sites parsed, host permission asked for (inside the click), then stored.
import { parseSites, type Language, type Settings, type Theme } from '../settings';
import { autoDetectOrigins } from '../extension/auto-detect';

export interface SettingsForm {
  autoDetect: boolean;
  sitesText: string;
  language: Language;
  theme: Theme;
}

export type SettingsOutcome =
  | { status: 'saved'; settings: Settings }
  | { status: 'denied'; settings: Settings }
  | { status: 'invalid'; invalid: string[] };

export interface SettingsFormDeps {
  requestPermission(origins: string[]): Promise<boolean>;
  save(settings: Settings): Promise<void>;
}

export function formOf(settings: Settings): SettingsForm {
  return {
    autoDetect: settings.autoDetect,
    sitesText: settings.sites.join('\n'),
    language: settings.language,
    theme: settings.theme,
  };
}

/**
 * Must be called synchronously from the click: the permission request is made before the first await,
 * while the browser still counts the click as a user gesture.
 */
export function submitSettings(form: SettingsForm, deps: SettingsFormDeps): Promise<SettingsOutcome> {
  const { patterns, invalid } = parseSites(form.sitesText);
  if (invalid.length) return Promise.resolve({ status: 'invalid', invalid });
  const settings: Settings = {
    autoDetect: form.autoDetect,
    sites: patterns,
    language: form.language,
    theme: form.theme,
  };
  const permission = settings.autoDetect
    ? deps.requestPermission(autoDetectOrigins(settings)).catch(() => false)
    : Promise.resolve(true);
  return permission.then(async (granted) => {
    const stored = granted ? settings : { ...settings, autoDetect: false };
    await deps.save(stored);
    return { status: granted ? 'saved' : 'denied', settings: stored };
  });
}
