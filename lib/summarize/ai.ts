// The browser's built-in Summarizer API (Chrome's on-device model), feature-detected: an extra "AI summary"
// beside the extractive one, never instead of it. Returns null when the API is absent, the language is not
// one it supports, or its model is not already on the device (creating it would start a multi-GB download
// the reader did not ask for).

interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

interface SummarizerInstance {
  summarize(text: string): Promise<string>;
  destroy?(): void;
}

interface SummarizerApi {
  availability(
    options: Partial<SummarizerOptions>,
  ): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: SummarizerOptions): Promise<SummarizerInstance>;
}

function summarizerApi(scope: object): SummarizerApi | undefined {
  return 'Summarizer' in scope
    ? ((scope as { Summarizer: SummarizerApi }).Summarizer ?? undefined)
    : undefined;
}

/** Primary language subtag (`zh-CN` → `zh`). */
const primary = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

export async function aiSummary(
  text: string,
  lang: string,
  scope: object = globalThis,
): Promise<string | null> {
  const api = summarizerApi(scope);
  if (!api || !text.trim()) return null;
  const language = primary(lang);
  const options: SummarizerOptions = {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [language],
    outputLanguage: language,
  };
  try {
    if ((await api.availability(options)) !== 'available') return null;
    const summarizer = await api.create(options);
    try {
      return (await summarizer.summarize(text)).trim() || null;
    } finally {
      summarizer.destroy?.();
    }
  } catch {
    return null; // an unsupported language throws NotSupportedError
  }
}
