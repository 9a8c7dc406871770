import { describe, expect, it } from 'vitest';
import { summarize, keySentenceCount, readingLength, articleSentences } from '../../lib/summarize';
import { KEY_SENTENCE_LENGTH_STEPS, WORD_SPLIT_MAX_CHARS } from '../../lib/summarize/constants';
import { isWordSplit } from '../../lib/summarize/article-sentences';
import { idf } from '../../lib/summarize/df-table';
import { makeArticle } from './summarize-helpers';

/** Distinct Chinese sentences of about 40 characters (no two near-duplicates). */
function chineseSentences(count: number): string[] {
  const subjects = [
    '自治区公安厅',
    '兴安盟公安局',
    '包头市公安局',
    '看护总队',
    '交管局',
    '鄂尔多斯市公安局',
    '赤峰市公安局',
  ];
  const actions = [
    '部署开展专项行动',
    '组织读书分享交流会',
    '推进党建工作规范化',
    '开展交通安全宣传',
    '建立三级考核体系',
  ];
  return Array.from({ length: count }, (_, i) => {
    const s = subjects[i % subjects.length];
    const a = actions[Math.floor(i / subjects.length) % actions.length];
    return `第${i + 1}项,${s}${a},覆盖${(i + 1) * 7}个社区,参与群众达到${(i + 3) * 11}名,取得实效。`;
  });
}

describe('key sentence count', () => {
  it('grows with length through the named steps: one for a brief, five for a long feature', () => {
    expect(keySentenceCount(200)).toBe(1);
    expect(KEY_SENTENCE_LENGTH_STEPS.map((step) => keySentenceCount(step))).toEqual([2, 3, 4, 5]);
    expect(KEY_SENTENCE_LENGTH_STEPS.map((step) => keySentenceCount(step - 1))).toEqual([1, 2, 3, 4]);
    expect(keySentenceCount(50_000)).toBe(5);
  });

  it('counts a Chinese character as one and Latin text by its weight', () => {
    expect(readingLength(['公安机关'])).toBe(4);
    expect(readingLength(['police'])).toBeLessThan(6);
  });

  it('a ~200-character brief gets one key sentence', () => {
    const brief = makeArticle([chineseSentences(5).join('')], { headline: '专项行动' });
    expect(summarize(brief, { lang: 'zh' }).sentences).toHaveLength(1);
  });

  it('a long feature gets five, in article order, each pointing at its paragraph', () => {
    const paragraphs = Array.from({ length: 60 }, (_, p) =>
      chineseSentences(300)
        .slice(p * 5, p * 5 + 5)
        .join(''),
    );
    const article = makeArticle(paragraphs, { headline: '专项行动' });
    const { sentences } = summarize(article, { lang: 'zh' });
    expect(sentences).toHaveLength(5);
    const paragraphIndexes = sentences.map((s) => s.paragraph);
    expect(paragraphIndexes).toEqual(paragraphIndexes.toSorted((a, b) => a - b));
    for (const s of sentences) expect(paragraphs[s.paragraph]).toContain(s.text);
  });

  it('the article lead is a key sentence, and section leads count for paragraph indexes across sections', () => {
    const article = makeArticle(chineseSentences(4), {
      headline: '专项行动',
      headings: [undefined, '小标题一', '小标题二', undefined],
    });
    const { sentences } = summarize(article, { lang: 'zh' });
    expect(sentences[0]).toMatchObject({ paragraph: 0, text: chineseSentences(1)[0] });
    expect(articleSentences(article, 'zh').map((s) => [s.paragraph, s.sectionLead])).toEqual([
      [0, false],
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it('never picks a near-duplicate', () => {
    const repeated = '自治区公安厅部署开展专项行动,覆盖全区各个盟市和旗县,参与群众达到万余名。';
    const article = makeArticle([repeated, repeated, ...chineseSentences(40)], { headline: '专项行动' });
    const texts = summarize(article, { lang: 'zh' }).sentences.map((s) => s.text);
    expect(texts.filter((t) => t === repeated)).toHaveLength(1);
  });
});

describe('long Chinese articles', () => {
  const long = () =>
    makeArticle(
      Array.from({ length: 60 }, (_, p) =>
        chineseSentences(300)
          .slice(p * 5, p * 5 + 5)
          .join(''),
      ),
      { headline: '专项行动' },
    );

  it('are word-split whole only up to the named length', () => {
    const short = makeArticle(chineseSentences(10));
    expect(isWordSplit(short)).toBe(true);
    expect(isWordSplit(long())).toBe(false);
    expect(isWordSplit(makeArticle(['公'.repeat(WORD_SPLIT_MAX_CHARS)]))).toBe(true);
    expect(isWordSplit(makeArticle(['公'.repeat(WORD_SPLIT_MAX_CHARS + 1)]))).toBe(false);
    expect(isWordSplit(makeArticle(['Police '.repeat(WORD_SPLIT_MAX_CHARS)]))).toBe(true);
  });

  it('score on character bigrams and still give facts, keywords and distinct key sentences', () => {
    const article = long();
    const sentences = articleSentences(article, 'zh');
    expect(sentences[0]!.words).toBeUndefined();
    // No word terms: its Han text is compared on the character bigrams featureVector reads from the text.
    expect(sentences[0]!.terms).toEqual([]);
    const summary = summarize(article, { lang: 'zh' });
    expect(new Set(summary.sentences.map((s) => s.text)).size).toBe(5);
    const facts = summary.facts.map((f) => f.text);
    for (const fact of ['兴安盟', '包头市公安局', '看护总队', '交管局']) expect(facts).toContain(fact);
    expect(summary.keywords.length).toBeGreaterThan(0);
  });
});

describe('summarize', () => {
  it('is deterministic', () => {
    const article = makeArticle(chineseSentences(30), { headline: '专项行动' });
    expect(summarize(article, { lang: 'zh', publishedAt: '2023-04-26' })).toEqual(
      summarize(article, { lang: 'zh', publishedAt: '2023-04-26' }),
    );
  });

  it('handles an empty article', () => {
    expect(summarize(makeArticle([]), { lang: 'en' })).toEqual({ sentences: [], facts: [], keywords: [] });
  });
});

describe('keywords', () => {
  it('come from the background DF table: common words have low IDF and are never keywords', () => {
    expect(idf('the')).toBeLessThan(0.5);
    expect(idf('cryptozoology')).toBeGreaterThan(idf('police'));
    const article = makeArticle(
      [
        'The cryptozoology society said the meeting was about cryptozoology and the lake.',
        'The members of the society said they would return to the lake next year.',
      ],
      { headline: 'Cryptozoology society meets at the lake' },
    );
    const { keywords } = summarize(article, { lang: 'en' });
    expect(keywords[0]).toBe('cryptozoology');
    expect(keywords).toContain('society');
    expect(keywords).not.toContain('the');
    expect(keywords).not.toContain('said');
  });

  it('prefer a Chinese phrase over its parts', () => {
    const article = makeArticle(['公安机关开展知识产权宣传活动。', '保护知识产权,公安机关在行动。'], {
      headline: '知识产权宣传',
    });
    const { keywords } = summarize(article, { lang: 'zh' });
    expect(keywords).toContain('知识产权');
    expect(keywords).not.toContain('知识');
  });
});
