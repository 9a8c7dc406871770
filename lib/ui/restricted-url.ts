// Pages the browser does not let an extension read: its own pages, other extensions, the web stores, the
// built-in PDF viewer, view-source. Told apart by URL before trying, and by the injection error after.

const RESTRICTED_SCHEMES = [
  'about:',
  'brave:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'extension:',
  'moz-extension:',
  'opera:',
  'resource:',
  'view-source:',
  'vivaldi:',
];

const WEB_STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function isRestrictedUrl(url: string): boolean {
  const lower = url.trim().toLowerCase();
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) return true;
  if (WEB_STORES.some((store) => store.test(lower))) return true;
  // The PDF viewer replaces the document: there is no page to read.
  return /^[a-z]+:\/\/[^?#]*\.pdf([?#]|$)/.test(lower);
}

/** Errors from scripting.executeScript / tabs.sendMessage that mean "you may not read this page". */
const RESTRICTED_ERRORS =
  /cannot access|cannot be scripted|extensions gallery|missing host permission|chrome:\/\/|about:|permission to access|privileged|pdf/i;

export function isRestrictedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return RESTRICTED_ERRORS.test(message);
}
