import { useEffect, useState } from 'preact/hooks';
import {
  formOf,
  submitSettings,
  type SettingsForm,
  type SettingsFormDeps,
  type SettingsOutcome,
} from '@/lib/library/settings-form';
import type { Language, Settings, Theme } from '@/lib/settings';
import { t } from '@/lib/ui/i18n';

interface Props {
  settings: Settings;
  deps: SettingsFormDeps;
  onSaved: (settings: Settings) => void;
}

/** Automatic detection and its sites, interface language, theme. */
export function SettingsPanel({ settings, deps, onSaved }: Props) {
  const [form, setForm] = useState<SettingsForm>(formOf(settings));
  const [outcome, setOutcome] = useState<SettingsOutcome | { status: 'error'; message: string }>();
  useEffect(() => setForm(formOf(settings)), [settings]);
  const update = (patch: Partial<SettingsForm>) => setForm({ ...form, ...patch });
  const message =
    outcome?.status === 'saved'
      ? t('settingsSaved')
      : outcome?.status === 'denied'
        ? t('settingsDenied')
        : outcome?.status === 'invalid'
          ? t('settingsInvalidSites', outcome.invalid.join(', '))
          : outcome?.status === 'error'
            ? outcome.message
            : '';
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings')}</h2>
      <label class="row">
        <input
          type="checkbox"
          data-testid="settings-auto-detect"
          checked={form.autoDetect}
          onChange={(e) => update({ autoDetect: e.currentTarget.checked })}
        />
        {t('settingsAutoDetect')}
      </label>
      <label for="settings-sites">{t('settingsSites')}</label>
      <textarea
        id="settings-sites"
        data-testid="settings-sites"
        rows={3}
        value={form.sitesText}
        placeholder="https://epaper.example.com/*"
        onInput={(e) => update({ sitesText: e.currentTarget.value })}
      />
      <div class="row">
        <label>
          {t('settingsLanguage')}{' '}
          <select
            data-testid="settings-language"
            value={form.language}
            onChange={(e) => update({ language: e.currentTarget.value as Language })}
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">{t('languageEn')}</option>
            <option value="zh_CN">{t('languageZh')}</option>
          </select>
        </label>
        <label>
          {t('settingsTheme')}{' '}
          <select
            data-testid="settings-theme"
            value={form.theme}
            onChange={(e) => update({ theme: e.currentTarget.value as Theme })}
          >
            <option value="auto">{t('themeAuto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="settings-save"
          onClick={() =>
            void submitSettings(form, deps)
              .then((result) => {
                setOutcome(result);
                if (result.status !== 'invalid') onSaved(result.settings);
              })
              .catch((error: unknown) =>
                setOutcome({
                  status: 'error',
                  message: error instanceof Error ? error.message : String(error),
                }),
              )
          }
        >
          {t('settingsSave')}
        </button>
        <span data-testid="settings-status" data-status={outcome?.status ?? ''} role="status">
          {message}
        </span>
      </div>
      <p class="muted small">{t('privacyNote')}</p>
    </section>
  );
}
