// Reads one CLI input (a file path or an http(s) URL) into text, with its kind (HTML or plain text).
// Refuses what is not a page: missing files, directories, PDFs and other binary files, oversized input.
// Errors are InputError with a one-line message meant for the user, never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export class InputError extends Error {}

export interface PageInput {
  kind: 'html' | 'text';
  text: string;
  url: string;
}

/** Larger inputs are refused: real pages are under 5 MB, and parsing more would stall the CLI. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** A URL that has not answered in this time is given up. */
export const FETCH_TIMEOUT_MS = 20_000;
const SNIFF_BYTES = 4096;

function sniffCharset(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (declared) return declared;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, declared?: string): string {
  const charset = sniffCharset(bytes, declared);
  try {
    return new TextDecoder(charset, { fatal: charset.toLowerCase() === 'utf-8' }).decode(bytes);
  } catch {
    // Undeclared Chinese pages are often GB18030; if that fails too, decode leniently.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

function refuseBinary(bytes: Uint8Array): void {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-')
    throw new InputError('a PDF, not a page');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new InputError('binary data, not a page');
}

function kindOf(name: string, text: string, contentType = ''): PageInput['kind'] {
  if (/text\/plain/i.test(contentType) || /^\.(txt|text)$/i.test(extname(name))) return 'text';
  if (/html|xml/i.test(contentType) || /^\.(html?|xhtml)$/i.test(extname(name))) return 'html';
  return /^\s*</.test(text) ? 'html' : 'text';
}

async function readLocal(arg: string): Promise<PageInput> {
  const path = resolve(arg);
  const info = await stat(path).catch(() => {
    throw new InputError('no such file');
  });
  if (info.isDirectory()) throw new InputError('a directory, not a file');
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`larger than ${MAX_INPUT_BYTES >> 20} MB`);
  const bytes = new Uint8Array(await readFile(path));
  refuseBinary(bytes);
  const text = decode(bytes);
  return { kind: kindOf(path, text), text, url: pathToFileURL(path).href };
}

async function readRemote(url: string): Promise<PageInput> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    redirect: 'follow',
  }).catch((error: unknown) => {
    throw new InputError(`could not fetch (${error instanceof Error ? error.message : String(error)})`);
  });
  if (!response.ok) throw new InputError(`HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (/application\/pdf/i.test(contentType)) throw new InputError('a PDF, not a page');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`larger than ${MAX_INPUT_BYTES >> 20} MB`);
  refuseBinary(bytes);
  const text = decode(bytes, /charset=([\w-]+)/i.exec(contentType)?.[1]);
  return {
    kind: kindOf(new URL(response.url || url).pathname, text, contentType),
    text,
    url: response.url || url,
  };
}

export function readInput(arg: string): Promise<PageInput> {
  return /^https?:\/\//i.test(arg) ? readRemote(arg) : readLocal(arg);
}
