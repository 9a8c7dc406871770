import { describe, expect, it, vi } from 'vitest';
import { aiSummary } from '../../lib/summarize/ai';

function fakeScope(availability: string, summary = ' The short summary. ') {
  const destroy = vi.fn();
  const create = vi.fn(async () => ({ summarize: async () => summary, destroy }));
  return {
    scope: { Summarizer: { availability: vi.fn(async () => availability), create } },
    create,
    destroy,
  };
}

describe('aiSummary', () => {
  it('is null where the browser has no Summarizer', async () => {
    expect(await aiSummary('Some text.', 'en', {})).toBeNull();
  });

  it('summarises when the model is on the device, and frees it', async () => {
    const { scope, create, destroy } = fakeScope('available');
    expect(await aiSummary('Some text.', 'en-US', scope)).toBe('The short summary.');
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ expectedInputLanguages: ['en'], outputLanguage: 'en' }),
    );
    expect(destroy).toHaveBeenCalled();
  });

  it('never starts a model download, and is null for an unsupported language', async () => {
    for (const state of ['downloadable', 'downloading', 'unavailable']) {
      const { scope, create } = fakeScope(state);
      expect(await aiSummary('一些文字。', 'zh', scope)).toBeNull();
      expect(create).not.toHaveBeenCalled();
    }
  });

  it('is null when the API throws', async () => {
    const scope = {
      Summarizer: { availability: async () => Promise.reject(new Error('NotSupportedError')) },
    };
    expect(await aiSummary('Some text.', 'en', scope)).toBeNull();
  });
});
