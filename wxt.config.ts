import { defineConfig } from 'wxt';
import { preact as preactPreset } from '@preact/preset-vite';

// The manifest asks for the least the features need: activeTab + scripting inject on a click,
// automatic detection is opt-in through optional host permissions (see docs/ARCHITECTURE.md).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // A separate output folder lets a benchmark or test build without touching the main one.
  outDir: process.env.BD_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preactPreset()],
    // terser in three passes packs the content script about 485 bytes (gzipped) tighter than esbuild's
    // minifier (the third pass about 15 of them): the content script has a 30 KB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 } } },
  }),
  hooks: {
    // The page readers (lib/extract/metadata/page-lines, lib/extract/region) keep their private state in
    // properties named with a trailing underscore, which V8 reads faster than #private fields; terser shortens
    // such names in the content script, as it does #names. Only there: other chunks hold libraries whose
    // property names must stay as written.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'content-script')) return;
      config.build = {
        ...config.build,
        terserOptions: { ...config.build?.terserOptions, mangle: { properties: { regex: /^[a-z]\w*_$/ } } },
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    optional_host_permissions: browser === 'firefox' ? undefined : ['<all_urls>'],
    optional_permissions: browser === 'firefox' ? ['<all_urls>'] : undefined,
    commands: {
      // MV2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpen__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'bulletin-digest@bulletin-digest.org',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
