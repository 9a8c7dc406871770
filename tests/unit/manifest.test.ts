// Manifest review as a test: the permissions are the minimum the features need, nothing loads remote code,
// and the extension keeps the browser's default CSP. Reads wxt.config.ts's manifest function; builds nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown>;
type Browser = 'chrome' | 'firefox';

const REPO = resolve(__dirname, '../..');

async function manifestFor(browser: Browser): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') return (manifest ?? {}) as Manifest;
  const env = {
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    command: 'build',
    mode: 'production',
  };
  return (await manifest(env as never)) as Manifest;
}

/** Why each permission is there; a new one must be argued for here before the test accepts it. */
const NEEDED: Record<string, string> = {
  activeTab: 'read the current page when the reader clicks the icon, the menu or the shortcut',
  scripting: 'inject the content script on that click (it is not declared for any site)',
  storage: 'settings (automatic detection, sites, language, theme)',
  unlimitedStorage: 'keep the IndexedDB library from being evicted under storage pressure',
  contextMenus: 'the "save this page" context-menu entry',
};

/** Permissions that would widen what the extension can see or do beyond its features. */
const NEVER = [
  'tabs',
  'history',
  'cookies',
  'webRequest',
  'webRequestBlocking',
  'declarativeNetRequest',
  'debugger',
  'nativeMessaging',
  'management',
  'downloads',
  'clipboardRead',
  'bookmarks',
  'geolocation',
  'proxy',
  'privacy',
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'https://*/*',
];

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

describe.each<Browser>(['chrome', 'firefox'])('manifest for %s', (browser) => {
  it('asks only for the permissions the features need', async () => {
    const manifest = await manifestFor(browser);
    const permissions = (manifest.permissions ?? []) as string[];
    expect(new Set(permissions)).toEqual(new Set(Object.keys(NEEDED)));
    expect(permissions).toHaveLength(Object.keys(NEEDED).length);
    for (const wide of NEVER) expect(permissions).not.toContain(wide);
  });

  it('holds no host permission at install; all sites only as an optional grant', async () => {
    const saved = process.env.BD_TEST_HOSTS;
    delete process.env.BD_TEST_HOSTS;
    try {
      const manifest = await manifestFor(browser);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      const optional = [
        ...((manifest.optional_host_permissions ?? []) as string[]),
        ...((manifest.optional_permissions ?? []) as string[]),
      ];
      expect(optional).toEqual(['<all_urls>']);
    } finally {
      if (saved !== undefined) process.env.BD_TEST_HOSTS = saved;
    }
  });

  it('keeps the default extension CSP and loads no remote code', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('update_url');
    // A URL anywhere in the manifest could only be a remote resource: there is none.
    expect(allStrings(manifest).filter((s) => /^(https?:)?\/\//i.test(s))).toEqual([]);
  });
});

describe('extension pages', () => {
  it('load scripts and styles only from the package', () => {
    const remote: string[] = [];
    for (const file of htmlFiles(join(REPO, 'entrypoints'))) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(
        /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
      )) {
        remote.push(`${file.slice(REPO.length + 1)}: ${match[1]}`);
      }
    }
    expect(remote).toEqual([]);
  });
});
