// The message protocol end to end through the fake browser: handler maps, validation on receipt, the
// sender check, and the content and background handlers built on it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  badgeText,
  chosenArticles,
  createBackgroundHandlers,
  toStoreLayer,
} from '../../lib/background/handlers';
import { createContentHandlers, detectReport, reuseRecentExtraction } from '../../lib/content/handlers';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REQUESTS,
  createMessageListener,
  handleMessage,
  sendToBackground,
  sendToTab,
  validateRequest,
  type Sender,
} from '../../lib/messages';
import type { Bulletin, Detection } from '../../lib/model';

/** Every request, as the side that answers it checks it. */
const ALL_REQUESTS = { ...CONTENT_REQUESTS, ...BACKGROUND_REQUESTS };

const detection: Detection = { kind: 'bulletin', score: 0.9, signals: ['headlines:2'] };
const bulletin: Bulletin = {
  url: 'https://example.org/p',
  canonicalUrl: 'https://example.org/p',
  title: 'P',
  lang: 'en',
  detection,
  articles: ['a', 'b'].map((id) => ({
    id,
    headline: `H ${id}`,
    authors: [],
    sections: [{ paragraphs: [`Text ${id}.`] }],
    figures: [],
    summary: { sentences: [], facts: [], keywords: [] },
  })),
  contentHash: 'h',
};

/** The fake browser's sendMessage, answering with a reply envelope. */
type ReplyMock = ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<unknown>>>;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('validateRequest', () => {
  it.each([
    ['not an object', 'ping'],
    ['no payload', { type: 'ping' }],
    ['an unknown type', { type: 'eval-this', payload: {} }],
    ['a type from the prototype', { type: 'toString', payload: {} }],
    ['an extra envelope field', { type: 'ping', payload: {}, reply: 'x' }],
    ['an extra payload field', { type: 'get-bulletin', payload: { force: true, selector: 'body' } }],
    ['a wrong field type', { type: 'get-bulletin', payload: { force: 'yes' } }],
    [
      'a field named after a prototype member',
      { type: 'get-bulletin', payload: { force: true, constructor: 1 } },
    ],
    ['a type no longer in the protocol', { type: 'highlight-sentence', payload: { text: 't' } }],
    ['an unknown page kind', { type: 'detect-report', payload: { kind: 'evil', articleCount: 1, url: 'u' } }],
    [
      'a bulletin without articles',
      {
        type: 'save-page',
        payload: {
          bulletin: { ...bulletin, articles: undefined },
          layer: { pageNote: '', tags: [], starred: false, articleNotes: {} },
        },
      },
    ],
  ])('rejects %s', (_, message) => {
    expect(validateRequest(ALL_REQUESTS, message)).toBeTruthy();
  });

  it('accepts well-formed messages', () => {
    expect(validateRequest(ALL_REQUESTS, { type: 'ping', payload: {} })).toBeUndefined();
    expect(
      validateRequest(ALL_REQUESTS, {
        type: 'save-page',
        payload: { bulletin, layer: { pageNote: 'n', tags: ['t'], starred: true, articleNotes: { a: 'x' } } },
      }),
    ).toBeUndefined();
  });
});

describe('handleMessage', () => {
  const self: Sender = { id: 'self' };

  it('runs the handler of the type, and only that one', async () => {
    const ping = vi.fn(() => ({ ready: true as const }));
    const get = vi.fn(() => ({ status: 'error' as const, message: 'x' }));
    const reply = await handleMessage(
      ALL_REQUESTS,
      { ping, 'get-bulletin': get },
      { type: 'ping', payload: {} },
      self,
      'self',
    );
    expect(reply).toEqual({ ok: true, value: { ready: true } });
    expect(get).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender before validating or running anything', async () => {
    const ping = vi.fn(() => ({ ready: true as const }));
    for (const sender of [{ id: 'other-extension' }, {}, undefined as unknown as Sender]) {
      const reply = await handleMessage(
        ALL_REQUESTS,
        { ping },
        { type: 'ping', payload: {} },
        sender,
        'self',
      );
      expect(reply).toMatchObject({ ok: false, code: 'sender' });
    }
    expect(ping).not.toHaveBeenCalled();
  });

  it('refuses a type this context does not handle', async () => {
    const reply = await handleMessage(
      ALL_REQUESTS,
      { ping: () => ({ ready: true as const }) },
      { type: 'get-bulletin', payload: { force: false } },
      self,
      'self',
    );
    expect(reply).toMatchObject({ ok: false, code: 'unhandled' });
  });

  it('turns a handler exception into an error reply with its code', async () => {
    const reply = await handleMessage(
      ALL_REQUESTS,
      {
        ping: () => {
          throw Object.assign(new Error('disk full'), { code: 'quota' });
        },
      },
      { type: 'ping', payload: {} },
      self,
      'self',
    );
    expect(reply).toEqual({ ok: false, error: 'disk full', code: 'quota' });
  });
});

describe('through the fake browser', () => {
  it('a listener answers with sendResponse and keeps the channel open', async () => {
    const listener = createMessageListener(CONTENT_REQUESTS, { ping: () => ({ ready: true as const }) });
    const sendResponse = vi.fn();
    expect(listener({ type: 'ping', payload: {} }, { id: browser.runtime.id }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { ready: true } }));
  });

  it('sendToBackground sends the message and unwraps the reply', async () => {
    const spy = (
      vi.spyOn(fakeBrowser.runtime, 'sendMessage' as never) as unknown as ReplyMock
    ).mockResolvedValue({ ok: true, value: { badge: '2' } });
    const payload = { kind: 'bulletin', articleCount: 2, url: 'https://e.org/' } as const;
    await expect(sendToBackground('detect-report', payload)).resolves.toEqual({ badge: '2' });
    expect(spy).toHaveBeenCalledWith({ type: 'detect-report', payload });
  });

  it('a malformed request comes back from the side that checks it as an invalid-request error', async () => {
    const report = vi.fn(() => ({ badge: '2' }));
    // The background's listener, as createMessageListener builds it (the fake browser names no sender).
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const reply = handleMessage(
        BACKGROUND_REQUESTS,
        { 'detect-report': report },
        message,
        { id: 'self' },
        'self',
      );
      void reply.then(sendResponse);
      return true;
    });
    await expect(
      sendToBackground('detect-report', { kind: 'bulletin', articleCount: -2, url: 'https://e.org/' }),
    ).rejects.toMatchObject({ name: 'MessageError', code: 'invalid' });
    expect(report).not.toHaveBeenCalled();
  });

  it('each side knows only the requests it answers', () => {
    expect(validateRequest(CONTENT_REQUESTS, { type: 'save-page', payload: {} })).toMatch(
      /unknown message type/,
    );
    expect(validateRequest(BACKGROUND_REQUESTS, { type: 'get-bulletin', payload: { force: true } })).toMatch(
      /unknown message type/,
    );
  });

  it('a malformed or error reply is an error', async () => {
    (vi.spyOn(fakeBrowser.runtime, 'sendMessage' as never) as unknown as ReplyMock)
      .mockResolvedValueOnce({ ok: true, value: { badge: 42 } })
      .mockResolvedValueOnce({ ok: false, error: 'no', code: 'quota' });
    await expect(
      sendToBackground('detect-report', { kind: 'bulletin', articleCount: 2, url: 'https://e.org/' }),
    ).rejects.toThrow(/malformed reply/);
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: false, error: 'no', code: 'quota' }),
    );
    await expect(
      sendToBackground('detect-report', { kind: 'bulletin', articleCount: 2, url: 'https://e.org/' }),
    ).rejects.toMatchObject({ message: 'no', code: 'quota' });
  });

  it('sendToTab reaches the tab and checks the reply', async () => {
    const spy = (
      vi.spyOn(fakeBrowser.tabs, 'sendMessage' as never) as unknown as ReplyMock
    ).mockResolvedValue({ ok: true, value: { ready: true } });
    await expect(sendToTab(5, 'ping', {})).resolves.toEqual({ ready: true });
    expect(spy).toHaveBeenCalledWith(5, { type: 'ping', payload: {} }, { frameId: 0 });
  });
});

describe('content handlers', () => {
  const deps = (kind: Detection['kind'], articles = bulletin.articles) => ({
    doc: document,
    url: () => 'https://example.org/p',
    detect: vi.fn(() => ({ ...detection, kind })),
    extract: vi.fn((_d: Document, _u?: string, det?: Detection) => ({
      ...bulletin,
      detection: det ?? detection,
      articles,
    })),
    now: () => 0,
  });

  it('extracts a bulletin, passing the detection on', async () => {
    const d = deps('bulletin');
    const reply = await createContentHandlers(d)['get-bulletin']({ force: false }, {});
    expect(reply).toMatchObject({ status: 'ok', bulletin: { articles: [{ id: 'a' }, { id: 'b' }] } });
    expect(d.extract).toHaveBeenCalledWith(
      document,
      'https://example.org/p',
      expect.objectContaining({ kind: 'bulletin' }),
    );
  });

  it('says "not a bulletin" for a listing without extracting, and extracts when forced', async () => {
    const d = deps('listing');
    const handlers = createContentHandlers(d);
    expect(await handlers['get-bulletin']({ force: false }, {})).toMatchObject({ status: 'not-bulletin' });
    expect(d.extract).not.toHaveBeenCalled();
    expect(await handlers['get-bulletin']({ force: true }, {})).toMatchObject({ status: 'ok' });
  });

  it('reports the article count of bulletins only', () => {
    expect(detectReport(deps('bulletin'))).toEqual({
      kind: 'bulletin',
      articleCount: 2,
      url: 'https://example.org/p',
    });
    const listing = deps('listing');
    expect(detectReport(listing)).toEqual({ kind: 'listing', articleCount: 0, url: 'https://example.org/p' });
    expect(listing.extract).not.toHaveBeenCalled();
  });
});

describe('reuseRecentExtraction', () => {
  it('reuses the extraction of the same URL for a few seconds only', () => {
    let clock = 0;
    const extract = vi.fn(() => bulletin);
    const reused = reuseRecentExtraction(extract, () => clock);
    reused(document, 'https://e.org/a');
    clock = 4_000;
    reused(document, 'https://e.org/a');
    expect(extract).toHaveBeenCalledTimes(1);
    reused(document, 'https://e.org/b');
    expect(extract).toHaveBeenCalledTimes(2);
    clock = 10_000;
    reused(document, 'https://e.org/b');
    expect(extract).toHaveBeenCalledTimes(3);
  });
});

describe('background handlers', () => {
  it('sets the badge of the sending tab', async () => {
    const setBadge = vi.fn(async () => undefined);
    const handlers = createBackgroundHandlers({ setBadge, save: vi.fn() });
    expect(
      await handlers['detect-report'](
        { kind: 'bulletin', articleCount: 4, url: 'u' },
        { tab: { id: 9 } as never },
      ),
    ).toEqual({
      badge: '4',
    });
    expect(setBadge).toHaveBeenCalledWith(9, '4');
    await handlers['detect-report'](
      { kind: 'listing', articleCount: 0, url: 'u' },
      { tab: { id: 9 } as never },
    );
    expect(setBadge).toHaveBeenLastCalledWith(9, '');
    expect(badgeText('bulletin', 120)).toBe('99+');
  });

  it('saves the chosen articles with the reader layer; a full disk comes back as code quota', async () => {
    const save = vi.fn(async () => ({ pageId: 3, created: true, articleKeys: [], linkedPageIds: [] }));
    const handlers = createBackgroundHandlers({ setBadge: vi.fn(), save });
    const layer = { pageNote: 'n', tags: ['t'], starred: true, articleNotes: {} };
    expect(await handlers['save-page']({ bulletin, layer, articleIds: ['b'] }, {})).toEqual({
      pageId: '3',
      savedArticles: 1,
    });
    expect(save).toHaveBeenCalledWith(chosenArticles(bulletin, ['b']), toStoreLayer(layer));
    const full = Object.assign(new Error('Storage is full'), { name: 'StorageFullError' });
    const failing = createBackgroundHandlers({
      setBadge: vi.fn(),
      save: vi.fn(async () => Promise.reject(full)),
    });
    const reply = await handleMessage(
      ALL_REQUESTS,
      failing,
      { type: 'save-page', payload: { bulletin, layer } },
      { id: 'x' },
      'x',
    );
    expect(reply).toMatchObject({ ok: false, code: 'quota' });
  });
});
