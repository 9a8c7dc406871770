import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReadableText, isRealArticle } from './quality';

describe('isReadableText', () => {
  it.each([
    'The council approved the plan on Monday, 12 votes to 3.',
    '县政府办公室关于做好2024年春季森林防火工作的通知。',
    'افتتاح مكتبة عامة جديدة في وسط مدينة عمّان',
    'Результаты: 3:1, 2:0, 1:1 — итоги тура',
    // A standings table: many short lines, so line breaks are a large share of the characters.
    Array.from({ length: 40 }, (_, i) => `${i + 1}\tK. Busch\t${5040 - i * 7}`).join('\n'),
  ])('reads prose in any script: %s', (text) => {
    expect(isReadableText(text)).toBe(true);
  });

  it.each([
    ['PDF bytes', '%PDF-1.7\n\u0001\u0002\u0085ÿ\u0000\u0013\u0090ü\u0007\u009f\u0010\u0011'],
    ['replacement characters', '\uFFFD\uFFFD\uFFFD\uFFFD ab \uFFFD\uFFFD'],
    ['symbols and punctuation', '#$%&*()!@#$%^&*()_+{}|:"<>?'],
    ['nothing visible', ' \n\t '],
  ])('rejects %s', (_name, text) => {
    expect(isReadableText(text)).toBe(false);
  });
});

describe('isRealArticle', () => {
  const paragraph = 'The council approved the plan on Monday.';
  it('keeps an article with a headline or with a readable paragraph', () => {
    expect(isRealArticle({ headline: 'Plan approved', sections: [{ paragraphs: [paragraph] }] })).toBe(true);
    expect(isRealArticle({ headline: '', sections: [{ paragraphs: [paragraph] }] })).toBe(true);
  });
  it('drops an untitled article without a readable paragraph', () => {
    expect(isRealArticle({ headline: '', sections: [{ paragraphs: ['\u0001\u0002'] }] })).toBe(false);
  });
});

describe('isRealArticle and isReadableText agree', () => {
  it('on any text, as headline or paragraph', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        (text, headline) => {
          const expected =
            isReadableText([headline, text].join('\n')) && (headline.trim() !== '' || isReadableText(text));
          expect(isRealArticle({ headline, sections: [{ paragraphs: [text] }] })).toBe(expected);
        },
      ),
    );
  });
});
