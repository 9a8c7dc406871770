// The one message protocol between the content script, the background and the extension pages.
// Every message is `{ type, payload }`; every reply is an envelope `{ ok: true, value }` or
// `{ ok: false, error, code? }`. Both sides validate what they receive against the schemas below: the side
// that answers a request checks it, the side that sent it checks the reply. Handlers are looked up in a map
// keyed by type, and only messages from this extension are answered. The schemas are kept by the side that
// answers, so that the content script carries the checks of its own two requests and of the background's
// replies, not the whole Bulletin's (the background's `save-page` request and the content script's
// `get-bulletin` reply).
import { browser, type Browser } from 'wxt/browser';
import type { Bulletin, Detection, PageKind } from './model';
import {
  array,
  boolean,
  integer,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  union,
  type Check,
} from './ui/schema';

/** What the reader adds to a saved page. */
export interface ReaderLayer {
  pageNote: string;
  tags: string[];
  starred: boolean;
  /** Notes per article, keyed by Article.id. */
  articleNotes: Record<string, string>;
}

export type BulletinReply =
  | { status: 'ok'; bulletin: Bulletin; elapsedMs: number }
  | { status: 'not-bulletin'; detection: Detection; url: string }
  | { status: 'error'; message: string };

export interface SaveReply {
  pageId: string;
  savedArticles: number;
}

export interface ProtocolMap {
  /** popup → content: is a content script already listening in this tab? */
  ping: { request: Record<string, never>; response: { ready: true } };
  /** popup/background → content: extract the page; `force` extracts even when it is not a bulletin. */
  'get-bulletin': { request: { force: boolean }; response: BulletinReply };
  /** content → background: what detection found, for the badge. */
  'detect-report': {
    request: { kind: PageKind; articleCount: number; url: string };
    response: { badge: string };
  };
  /** popup → background: save a digested page; the background finishes even if the popup closes. */
  'save-page': {
    request: { bulletin: Bulletin; layer: ReaderLayer; articleIds?: string[] };
    response: SaveReply;
  };
}

export type MessageType = keyof ProtocolMap;
/** The requests the content script answers; the background answers the others. */
export type ContentMessage = 'ping' | 'get-bulletin';
export type BackgroundMessage = Exclude<MessageType, ContentMessage>;
/** A check per message type, of its requests or of its replies. */
export type Schemas<T extends MessageType> = { readonly [K in T]: Check };
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];
export type Sender = Browser.runtime.MessageSender;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; code?: string };
export type Handlers<T extends MessageType> = {
  [K in T]: (payload: RequestOf<K>, sender: Sender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

const PAGE_KINDS = ['bulletin', 'article', 'listing', 'other'] as const;
const FACT_KINDS = ['number', 'date', 'place', 'org', 'person', 'quote'] as const;
const SHORT = 2_000;

const detectionSchema = object({
  kind: oneOf(...PAGE_KINDS),
  score: number(),
  signals: array(string(SHORT), 1_000),
});
const articleSchema = object({
  id: string(SHORT),
  headline: string(),
  subheadline: optional(string()),
  dateline: optional(string(SHORT)),
  publishedAt: optional(string(SHORT)),
  authors: array(string(SHORT)),
  sections: array(object({ heading: optional(string()), paragraphs: array(string()) })),
  figures: array(object({ caption: string(), credit: optional(string(SHORT)), src: optional(string()) })),
  summary: object({
    sentences: array(object({ text: string(), paragraph: integer(), score: number() })),
    facts: array(
      object({
        kind: oneOf(...FACT_KINDS),
        text: string(),
        sentence: integer(),
        value: optional(string(SHORT)),
      }),
    ),
    keywords: array(string(SHORT)),
  }),
});
export const bulletinSchema: Check = object({
  url: string(),
  canonicalUrl: string(),
  title: string(),
  siteName: optional(string(SHORT)),
  lang: string(SHORT),
  publishedAt: optional(string(SHORT)),
  detection: detectionSchema,
  articles: array(articleSchema),
  contentHash: string(SHORT),
  truncated: optional(boolean),
});
const readerLayerSchema = object(
  {
    pageNote: string(),
    tags: array(string(SHORT), 1_000),
    starred: boolean,
    articleNotes: record(string()),
  },
  { exact: true },
);

/** What the content script accepts, and what its replies must be. */
export const CONTENT_REQUESTS: Schemas<ContentMessage> = {
  ping: object({}, { exact: true }),
  'get-bulletin': object({ force: boolean }, { exact: true }),
};
export const CONTENT_REPLIES: Schemas<ContentMessage> = {
  ping: object({ ready: oneOf(true) }),
  'get-bulletin': union(
    object({ status: oneOf('ok'), bulletin: bulletinSchema, elapsedMs: number(0) }),
    object({ status: oneOf('not-bulletin'), detection: detectionSchema, url: string() }),
    object({ status: oneOf('error'), message: string(SHORT) }),
  ),
};

/** What the background accepts, and what its replies must be. */
export const BACKGROUND_REQUESTS: Schemas<BackgroundMessage> = {
  'detect-report': object(
    { kind: oneOf(...PAGE_KINDS), articleCount: integer(), url: string() },
    { exact: true },
  ),
  'save-page': object(
    { bulletin: bulletinSchema, layer: readerLayerSchema, articleIds: optional(array(string(SHORT))) },
    { exact: true },
  ),
};
export const BACKGROUND_REPLIES: Schemas<BackgroundMessage> = {
  'detect-report': object({ badge: string(16) }),
  'save-page': object({ pageId: string(SHORT), savedArticles: integer() }),
};

/** Why a message was refused or failed; `code` lets the UI tell the reader (e.g. `quota`). */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** The problem with a request to the side accepting `requests`, or undefined when it is well formed. */
export function validateRequest<T extends MessageType>(
  requests: Schemas<T>,
  message: unknown,
): string | undefined {
  const envelope = object({ type: string(100), payload: () => undefined }, { exact: true })(
    message,
    'message',
  );
  if (envelope) return envelope;
  const { type, payload } = message as { type: string; payload: unknown };
  if (!Object.hasOwn(requests, type)) return `unknown message type ${type}`;
  return requests[type as T](payload, type);
}

/**
 * Answer one message with the handler for its type: refuses foreign senders, malformed or unknown messages,
 * and turns a handler's exception into an error envelope (never into an unanswered message).
 */
export async function handleMessage<T extends MessageType>(
  requests: Schemas<T>,
  handlers: Partial<Handlers<T>>,
  message: unknown,
  sender: Sender,
  selfId: string = browser.runtime.id,
): Promise<Envelope<unknown>> {
  if (!sender || sender.id !== selfId)
    return { ok: false, error: 'refused: not from this extension', code: 'sender' };
  const problem = validateRequest(requests, message);
  if (problem) return { ok: false, error: `refused: ${problem}`, code: 'invalid' };
  const { type, payload } = message as { type: MessageType; payload: never };
  const handler = (handlers as Partial<Record<MessageType, (p: never, s: Sender) => unknown>>)[type];
  if (!handler) return { ok: false, error: `refused: ${type} is not handled here`, code: 'unhandled' };
  try {
    return { ok: true, value: await handler(payload, sender) };
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      code: typeof code === 'string' ? code : undefined,
    };
  }
}

/**
 * A `runtime.onMessage` listener answering `requests` with these handlers (callback style: works in Chrome
 * and Firefox alike).
 */
export function createMessageListener<T extends MessageType>(
  requests: Schemas<T>,
  handlers: Partial<Handlers<T>>,
  selfId?: string,
) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true => {
    void handleMessage(requests, handlers, message, sender, selfId ?? browser.runtime.id).then(sendResponse);
    return true;
  };
}

/** Check a reply against the reply schema of its type, and unwrap it. */
export function unwrapReply<T extends MessageType>(
  replies: Schemas<T>,
  type: T,
  reply: unknown,
): ResponseOf<T> {
  const envelope = union(
    object({ ok: oneOf(true), value: () => undefined }),
    object({ ok: oneOf(false), error: string(SHORT), code: optional(string(100)) }),
  )(reply, 'reply');
  if (envelope) throw new MessageError(`no valid reply to ${type}: ${envelope}`, 'no-reply');
  const r = reply as Envelope<unknown>;
  if (!r.ok) throw new MessageError(r.error, r.code);
  const problem = replies[type](r.value, type);
  if (problem) throw new MessageError(`malformed reply to ${type}: ${problem}`, 'invalid');
  return r.value as ResponseOf<T>;
}

/**
 * Send to the top frame of a tab's content script. The content script checks the request (a malformed one
 * comes back as a MessageError coded `invalid`), this side the reply.
 */
export async function sendToTab<T extends ContentMessage>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 });
  return unwrapReply(CONTENT_REPLIES, type, reply);
}

/** Send to the background, which checks the request as sendToTab's content script does. */
export async function sendToBackground<T extends BackgroundMessage>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  return unwrapReply(BACKGROUND_REPLIES, type, reply);
}
