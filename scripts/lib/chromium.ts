// Launches Debian's Chromium with the built extension loaded, for the end-to-end tests and the browser
// benchmark. Playwright's own browsers are not used: the machine has no network to fetch them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

/** The extension API inside `serviceWorker.evaluate(…)`, where the callback runs. */
declare const chrome: typeof browser;

export const chromiumExecutable = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where `wxt build` put the Chrome build (the same BD_OUT_DIR switch as wxt.config.ts). */
export const chromeBuildDir = (repoRoot: string): string =>
  resolve(repoRoot, process.env.BD_OUT_DIR ?? '.output', 'chrome-mv3');

/** Raised when the browser itself cannot start: the message is one line a reader can act on. */
export class ChromiumStartError extends Error {
  constructor(reason: string, hint = 'install it (apt-get install -y chromium) or set CHROMIUM_PATH') {
    // The Debian wrapper script prints a harmless `[: … unexpected operator` first.
    const firstLine = reason.split('\n').find((line) => line.trim() && !line.includes('unexpected operator'));
    super(`Chromium could not start (${chromiumExecutable()}): ${(firstLine ?? reason).trim()} — ${hint}`);
    this.name = 'ChromiumStartError';
  }
}

/** What every headless Chromium run needs when started as root on a machine without network. */
export const BASE_LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps trying to reach a network that is closed here.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LAUNCH_ARGS = [
  ...BASE_LAUNCH_ARGS,
  // Lets the CDP `Extensions` domain click the toolbar action (Extensions.triggerAction).
  '--enable-unsafe-extension-debugging',
];

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, in the letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Chromium cannot show or answer its permission prompt in headless mode. What it does honour is its own
 * record of sites the reader allowed earlier for an extension (`runtime_granted_permissions` in the
 * profile): a later `chrome.permissions.request` for those sites, made from a click, then resolves at
 * once without a prompt — the extension's real request path, with the prompt already answered. Nothing is
 * active until the extension asks.
 */
function recordEarlierGrant(userDataDir: string, extensionId: string, origins: string[]): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const permissionSet = { api: [], explicit_host: origins, manifest_permissions: [], scriptable_host: [] };
  const preferences = {
    extensions: { settings: { [extensionId]: { runtime_granted_permissions: permissionSet } } },
  };
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}

export interface LaunchOptions {
  extensionDir: string;
  /** Origins (match patterns) the reader is recorded as having allowed before; see recordEarlierGrant. */
  earlierGrants?: string[];
  viewport?: { width: number; height: number };
  /** The browser's interface language (e.g. `zh-CN`), which the extension's i18n follows. */
  lang?: string;
  /** 2 for sharp screenshots. */
  deviceScaleFactor?: number;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Browser-level DevTools session (targets, the Extensions domain). */
  browserSession: CDPSession;
  extensionUrl(path: string): string;
  /** The Chrome tab id of a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Clicks the toolbar icon for this page, as a reader would: Chromium grants activeTab for it. The popup
   * Chromium opens is closed again, so a test can open `popup.html?tabId=N` where it can drive it.
   */
  clickAction(page: Page): Promise<void>;
  /**
   * Clicks the toolbar icon for this page and leaves Chromium's popup open: its DevTools target id, or
   * undefined when no popup appeared within a second.
   */
  triggerAction(page: Page): Promise<string | undefined>;
  /** Opens a URL in a window of its own (a page opened as a tab would hide the active one). */
  openWindow(url: string): Promise<Page>;
  /**
   * The popup for this page as a reader gets it: the toolbar icon clicked on the page, then
   * `popup.html?tabId=N` in a window of its own — Chrome's popup floats over the page, which stays visible
   * (and keeps scrolling and painting). Resolves once the popup has left its `working` state.
   */
  openPopupFor(page: Page, size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Chrome's popup is at most 800×600; ours is 520 px wide. */
export const POPUP_SIZE = { width: 520, height: 600 };

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npm run test:e2e\` (it builds first)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'bd-chromium-'));
  if (options.earlierGrants?.length) {
    recordEarlierGrant(userDataDir, unpackedExtensionId(extensionDir), options.earlierGrants);
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumExecutable(),
      headless: true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.lang,
      deviceScaleFactor: options.deviceScaleFactor,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...LAUNCH_ARGS,
      ],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new ChromiumStartError(error instanceof Error ? error.message : String(error));
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const browserSession = await context.browser()!.newBrowserCDPSession();
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

    const tabIdOf = async (page: Page): Promise<number> => {
      await page.bringToFront();
      // Each window has an active tab (tests open extension pages in windows of their own): the page's is
      // the active one that is not an extension page, matched by URL where the extension may read it.
      const active = await serviceWorker.evaluate(async (ownOrigin) => {
        const tabs = await chrome.tabs.query({ active: true });
        return tabs.filter((t) => !t.url?.startsWith(ownOrigin)).map((t) => ({ id: t.id, url: t.url }));
      }, extensionUrl(''));
      const byUrl = active.filter((t) => t.url === page.url());
      const tab = byUrl.length === 1 ? byUrl[0] : active.length === 1 ? active[0] : undefined;
      if (typeof tab?.id !== 'number') throw new Error(`no Chrome tab found for ${page.url()}`);
      return tab.id;
    };

    const triggerAction = async (page: Page): Promise<string | undefined> => {
      await page.bringToFront();
      const popupTargets = async () => {
        const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{}] });
        return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(extensionUrl('popup.html')));
      };
      const before = new Set((await popupTargets()).map((t) => t.targetId));
      const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      for (let attempt = 0; attempt < 50; attempt++) {
        const opened = (await popupTargets()).find((t) => !before.has(t.targetId));
        if (opened) return opened.targetId;
        await new Promise((done) => setTimeout(done, 20));
      }
      return undefined;
    };

    const clickAction = async (page: Page): Promise<void> => {
      const popup = await triggerAction(page);
      // Close the popup Chromium opened: tests drive their own copy, opened as a tab.
      if (popup) await browserSession.send('Target.closeTarget', { targetId: popup });
    };

    const openWindow = async (url: string) => {
      const opened = context.waitForEvent('page', (p) => p.url() === url);
      await browserSession.send('Target.createTarget', { url, newWindow: true });
      const page = await opened;
      await page.waitForLoadState('domcontentloaded');
      return page;
    };

    const openPopupFor = async (page: Page, size = POPUP_SIZE) => {
      await clickAction(page);
      const popup = await openWindow(extensionUrl(`popup.html?tabId=${await tabIdOf(page)}`));
      await popup.setViewportSize(size);
      await popup.waitForSelector('#app > [data-state]:not([data-state=working])', { timeout: 20_000 });
      return popup;
    };

    return {
      context,
      serviceWorker,
      extensionId,
      browserSession,
      extensionUrl,
      tabIdOf,
      triggerAction,
      clickAction,
      openWindow,
      openPopupFor,
      close,
    };
  } catch (error) {
    await close();
    throw new ChromiumStartError(
      `the extension did not start: ${error instanceof Error ? error.message : String(error)}`,
      'check the build (npx wxt build) and its service worker',
    );
  }
}
