// Messages are the one way in from outside: every handler refuses a sender that is not this extension and a
// payload that does not match its type, before the handler runs; replies are checked the same way.
import { describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_REQUESTS,
  CONTENT_REPLIES,
  CONTENT_REQUESTS,
  handleMessage,
  MessageError,
  unwrapReply,
  validateRequest,
  type Handlers,
  type MessageType,
  type RequestOf,
  type Sender,
} from '../../lib/messages';
import type { Bulletin } from '../../lib/model';

const SELF = 'our-extension-id';
/** Every request, as the side that answers it checks it. */
const ALL_REQUESTS = { ...CONTENT_REQUESTS, ...BACKGROUND_REQUESTS };

const bulletin: Bulletin = {
  url: 'https://example.org/news/1.html',
  canonicalUrl: 'https://example.org/news/1.html',
  title: 'A page',
  lang: 'en',
  detection: { kind: 'article', score: 0.8, signals: ['h1'] },
  articles: [
    {
      id: 'a1',
      headline: 'Headline',
      authors: ['Jane Doe'],
      sections: [{ paragraphs: ['One paragraph.'] }],
      figures: [],
      summary: { sentences: [{ text: 'One paragraph.', paragraph: 0, score: 1 }], facts: [], keywords: [] },
    },
  ],
  contentHash: 'h',
};

/** A well-formed payload of every message type; the Record type fails to compile when a type is added. */
const VALID: { [K in MessageType]: RequestOf<K> } = {
  ping: {},
  'get-bulletin': { force: false },
  'detect-report': { kind: 'bulletin', articleCount: 3, url: 'https://example.org/' },
  'save-page': {
    bulletin,
    layer: { pageNote: 'note', tags: ['t'], starred: false, articleNotes: { a1: 'n' } },
  },
};
const TYPES = Object.keys(VALID) as MessageType[];

function spyHandlers() {
  const calls: MessageType[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [
      type,
      vi.fn(() => {
        calls.push(type);
        return {};
      }),
    ]),
  ) as unknown as Handlers<MessageType>;
  return { handlers, calls };
}

const ownSender: Sender = { id: SELF, url: `chrome-extension://${SELF}/popup.html` };

/** A value of another type than `value`, for each shape a field can have. */
function wrongTypeFor(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, null, ['x'], { toString: 'x' }];
  if (typeof value === 'number') return ['1', null, Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5];
  if (typeof value === 'boolean') return ['true', 1, null];
  if (Array.isArray(value)) return [{ length: 1, 0: 'x' }, 'x', null];
  return ['x', [], null, 5];
}

/** Malformed variants of a valid payload: other shapes, a field missing, mistyped or added. */
function malformedPayloads(valid: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [
    ['null', null],
    ['an array', [valid]],
    ['a string', JSON.stringify(valid)],
    ['a number', 1],
    ['an object with a null prototype', Object.assign(Object.create(null), valid)],
    ['an extra field', { ...valid, extra: 1 }],
  ];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...rest } = valid;
    if (VALID_OPTIONAL.has(key)) continue;
    out.push([`${key} missing`, rest]);
    wrongTypeFor(valid[key]).forEach((wrong, i) =>
      out.push([`${key} of a wrong type (${i})`, { ...valid, [key]: wrong }]),
    );
  }
  return out;
}
const VALID_OPTIONAL = new Set(['articleIds']);

describe('handleMessage: the sender', () => {
  const foreign: [string, Sender | undefined][] = [
    ['another extension', { id: 'someone-else' }],
    ['a sender without id', { url: 'https://evil.example/' }],
    ['a web page posing with our url', { url: `chrome-extension://${SELF}/popup.html` }],
    ['no sender at all', undefined],
    ['an id that only differs in case', { id: SELF.toUpperCase() }],
  ];
  it.each(TYPES)('%s from a foreign sender is refused before the handler runs', async (type) => {
    for (const [what, sender] of foreign) {
      const { handlers, calls } = spyHandlers();
      const reply = await handleMessage(
        ALL_REQUESTS,
        handlers,
        { type, payload: VALID[type] },
        sender as Sender,
        SELF,
      );
      expect(reply, what).toMatchObject({ ok: false, code: 'sender' });
      expect(calls, what).toEqual([]);
    }
  });

  it.each(TYPES)('%s from this extension with a valid payload reaches its handler', async (type) => {
    const { handlers, calls } = spyHandlers();
    const reply = await handleMessage(
      ALL_REQUESTS,
      handlers,
      { type, payload: VALID[type] },
      ownSender,
      SELF,
    );
    expect(reply).toEqual({ ok: true, value: {} });
    expect(calls).toEqual([type]);
  });
});

describe('handleMessage: the payload', () => {
  it.each(TYPES)('%s with a malformed payload is refused before the handler runs', async (type) => {
    for (const [what, payload] of malformedPayloads(VALID[type] as Record<string, unknown>)) {
      const { handlers, calls } = spyHandlers();
      const reply = await handleMessage(ALL_REQUESTS, handlers, { type, payload }, ownSender, SELF);
      expect(reply, `${type}: ${what}`).toMatchObject({ ok: false, code: 'invalid' });
      expect(calls, `${type}: ${what}`).toEqual([]);
    }
  });

  it.each(TYPES)(
    '%s payload with a field named after an Object.prototype member is refused',
    async (type) => {
      // `exact` payloads list their fields; names such as constructor or __proto__ are not among them.
      for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
        // JSON.parse makes `__proto__` an own field, as a structured-cloned message would carry it.
        const fields = JSON.stringify(VALID[type]).slice(1, -1);
        const payload: unknown = JSON.parse(`{"${key}":{"polluted":1}${fields ? `,${fields}` : ''}}`);
        const { handlers, calls } = spyHandlers();
        const reply = await handleMessage(ALL_REQUESTS, handlers, { type, payload }, ownSender, SELF);
        expect(reply, `${type} with ${key}`).toMatchObject({ ok: false, code: 'invalid' });
        expect(calls).toEqual([]);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses envelopes that are not { type, payload } of a known type', async () => {
    const envelopes: unknown[] = [
      null,
      undefined,
      'ping',
      ['ping', {}],
      { type: 'ping' },
      { payload: {} },
      { type: 'ping', payload: {}, extra: 1 },
      { type: 'ping', payload: {}, constructor: 1 },
      { type: 'unknown', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'constructor', payload: {} },
      { type: 'toString', payload: {} },
      { type: 'hasOwnProperty', payload: {} },
      { type: 42, payload: {} },
      { type: 'x'.repeat(10_000), payload: {} },
      // a page's own postMessage shapes
      { source: 'react-devtools', payload: {} },
      { action: 'get-bulletin', force: true },
    ];
    for (const message of envelopes) {
      const { handlers, calls } = spyHandlers();
      const reply = await handleMessage(ALL_REQUESTS, handlers, message, ownSender, SELF);
      expect(reply.ok, JSON.stringify(message)?.slice(0, 80)).toBe(false);
      expect(calls).toEqual([]);
    }
  });

  it('refuses a type this side has no handler for', async () => {
    const reply = await handleMessage(
      ALL_REQUESTS,
      { ping: () => ({ ready: true }) } as Handlers<'ping'>,
      { type: 'save-page', payload: VALID['save-page'] },
      ownSender,
      SELF,
    );
    expect(reply).toMatchObject({ ok: false, code: 'unhandled' });
  });

  it('turns a throwing handler into an error reply', async () => {
    const handlers = {
      ping: () => {
        throw new MessageError('boom', 'test');
      },
    } as unknown as Handlers<'ping'>;
    const reply = await handleMessage(ALL_REQUESTS, handlers, { type: 'ping', payload: {} }, ownSender, SELF);
    expect(reply).toEqual({ ok: false, error: 'boom', code: 'test' });
  });

  it('validateRequest agrees: every valid payload passes', () => {
    for (const type of TYPES)
      expect(validateRequest(ALL_REQUESTS, { type, payload: VALID[type] }), type).toBeUndefined();
  });
});

describe('unwrapReply: replies are checked too', () => {
  it('accepts a well-formed reply and refuses malformed ones', () => {
    expect(
      unwrapReply(CONTENT_REPLIES, 'get-bulletin', {
        ok: true,
        value: { status: 'ok', bulletin, elapsedMs: 3 },
      }),
    ).toMatchObject({
      status: 'ok',
    });
    const bad: unknown[] = [
      undefined,
      null,
      { ok: true },
      { ok: 'yes', value: {} },
      {
        ok: true,
        value: { status: 'ok', bulletin: { ...bulletin, articles: [{ headline: 42 }] }, elapsedMs: 3 },
      },
      { ok: true, value: { status: 'ok', bulletin, elapsedMs: -1 } },
      { ok: true, value: { status: 'surprise' } },
      { ok: false },
    ];
    for (const reply of bad)
      expect(() => unwrapReply(CONTENT_REPLIES, 'get-bulletin', reply), JSON.stringify(reply)).toThrow(
        MessageError,
      );
  });
});

describe('the content script in a page', () => {
  it('registers no window message listener and ignores window.postMessage from the page', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { default: contentScript } = await import('../../entrypoints/content-script');
    fakeBrowser.reset();
    const article = document.createElement('article');
    for (const [tag, text] of [
      ['h1', 'Council approves new cycle lanes'],
      ['p', 'The council voted on Thursday to build protected cycle lanes along the river road.'],
      ['p', 'Work starts in the spring and takes two years.'],
    ]) {
      article.appendChild(document.createElement(tag)).textContent = text;
    }
    document.body.replaceChildren(article);

    const windowListeners = vi.spyOn(window, 'addEventListener');
    const documentListeners = vi.spyOn(document, 'addEventListener');
    await contentScript.main();
    const messageListeners = [...windowListeners.mock.calls, ...documentListeners.mock.calls].filter(
      ([type]) => type === 'message',
    );
    expect(messageListeners).toEqual([]);

    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const repliesToPage: unknown[] = [];
    const pageListener = (event: MessageEvent) => repliesToPage.push(event.data);
    window.addEventListener('message', pageListener);

    const forged = [
      {
        type: 'highlight-sentence',
        payload: { articleId: 'x', paragraph: 0, text: 'Work starts in the spring' },
      },
      { type: 'get-bulletin', payload: { force: true } },
      { type: 'save-page', payload: VALID['save-page'] },
      { type: 'ping', payload: {} },
    ];
    for (const message of forged) window.postMessage(message, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    window.removeEventListener('message', pageListener);

    // The page heard only itself; nothing was highlighted, sent on, or answered.
    expect(repliesToPage).toEqual(forged);
    expect(changes).toEqual([]);
    expect(sent).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('a second copy of the content script in the same page', () => {
  it('takes over from the first: one copy answers, the newest', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { default: contentScript } = await import('../../entrypoints/content-script');
    fakeBrowser.reset();
    document.body.replaceChildren(document.createElement('p'));
    const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    await contentScript.main();
    await contentScript.main();
    const [first, second] = added.mock.calls.map(([listener]) => listener);
    expect(second).toBeDefined();
    expect(fakeBrowser.runtime.onMessage.hasListener(first!)).toBe(false);
    expect(fakeBrowser.runtime.onMessage.hasListener(second!)).toBe(true);

    const replies: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ping', payload: {} },
      { id: fakeBrowser.runtime.id },
      (reply) => replies.push(reply),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([{ ok: true, value: { ready: true } }]);
    vi.restoreAllMocks();
  });
});

describe('takeOverFromEarlierCopy', () => {
  it('stops the copy before, even one whose runtime is gone, and waits for the next', async () => {
    const { takeOverFromEarlierCopy } = await import('../../lib/content/take-over');
    const world = {};
    const stops: string[] = [];
    takeOverFromEarlierCopy(world, () => {
      stops.push('first');
      throw new Error('Extension context invalidated.');
    });
    expect(stops).toEqual([]);
    takeOverFromEarlierCopy(world, () => stops.push('second'));
    takeOverFromEarlierCopy(world, () => stops.push('third'));
    expect(stops).toEqual(['first', 'second']);
  });
});
