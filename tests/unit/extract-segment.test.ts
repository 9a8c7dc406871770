// Segmentation, column-break mending, plain text, ids and the walk budget, on small hand-made pages.
import { describe, expect, it } from 'vitest';
import { extract, textParagraphs } from '../../lib/extract';
import { collectBlocks } from '../../lib/extract/blocks';
import { articleId, stableHash } from '../../lib/extract/hash';
import { extractPage, parsePage, type Parser } from './extract-support';

const PARSERS: Parser[] = ['happy-dom', 'linkedom'];

function flatPage(lines: string[]): string {
  return `<!DOCTYPE html><html lang="zh"><body><div id="text">${lines.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
}

function deepPage(parser: Parser): Document {
  const doc = parsePage('<!DOCTYPE html><html><body></body></html>', 'html', parser);
  let parent: Element = doc.body;
  for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
  parent.appendChild(doc.createElement('p')).textContent = BODY;
  return doc;
}

const BODY = '近年来,全区各级公安机关政工部门不断健全完善干部队伍机制,树牢正确的用人导向,激发队伍内生动力。';

describe.each(PARSERS)('segmentation on %s', (parser) => {
  it('mends a CJK column break with no space and a hyphen-split Latin word', () => {
    const cjk = extractPage(
      flatPage([
        '标题一行 测试拼接',
        `${BODY}为深入学习贯彻党的精神,兴安盟公安局打造全`,
        '区公安红色忠诚教育培训基地,带动整体提升。',
        '(陆晗)',
      ]),
      'html',
      parser,
    );
    expect(cjk.articles[0].sections[0].paragraphs).toEqual([
      `${BODY}为深入学习贯彻党的精神,兴安盟公安局打造全区公安红色忠诚教育培训基地,带动整体提升。`,
    ]);
    const latin = extractPage(
      `<html lang="en"><body><h1>Council Approves Budget</h1><p>The council voted on Tuesday to approve the budget after a long debate in which members argued about the govern-</p><p>ment's spending plans for the coming year.</p></body></html>`,
      'html',
      parser,
    );
    expect(latin.articles[0].sections[0].paragraphs[0]).toContain("about the government's spending plans");
  });

  it('does not join a headline-like line to the paragraph before it', () => {
    const bulletin = extractPage(
      flatPage(['第一篇标题 测试', BODY, '第二部分小标题', BODY, '(张三)']),
      'html',
      parser,
    );
    expect(bulletin.articles[0].sections.map((s) => s.heading ?? null)).toEqual([null, '第二部分小标题']);
  });

  it('opens a new story after an author credit, and reads deck and section heads in between', () => {
    const bulletin = extractPage(
      flatPage([
        '主标题 第一篇',
        '副标题说明内容',
        BODY,
        '小标题一',
        BODY,
        '(陆晗)',
        '第二篇标题',
        `乌丹讯 ${BODY}`,
        '(张瑞 刘珈彤)',
      ]),
      'html',
      parser,
    );
    expect(bulletin.articles.map((a) => [a.headline, a.subheadline, a.dateline, a.authors])).toEqual([
      ['主标题 第一篇', '副标题说明内容', undefined, ['陆晗']],
      ['第二篇标题', undefined, '乌丹', ['张瑞', '刘珈彤']],
    ]);
  });

  it('opens a story at a headline followed by a dateline even without a credit before it', () => {
    const bulletin = extractPage(
      flatPage(['第一篇标题', `本报讯 ${BODY}`, '第二篇标题', `呼和浩特讯 ${BODY}`]),
      'html',
      parser,
    );
    expect(bulletin.articles.map((a) => a.headline)).toEqual(['第一篇标题', '第二篇标题']);
  });

  it('keeps unmarked short lines as section heads of one story when nothing says a new one starts', () => {
    const bulletin = extractPage(
      flatPage(['唯一标题', BODY, '第一部分', BODY, '第二部分', BODY]),
      'html',
      parser,
    );
    expect(bulletin.articles).toHaveLength(1);
    expect(bulletin.articles[0].sections.map((s) => s.heading ?? null)).toEqual([
      null,
      '第一部分',
      '第二部分',
    ]);
  });

  it('keeps linked headlines of full stories and drops teasers that only link to a story', () => {
    const long =
      'The council approved the budget on Tuesday after a debate that ran past midnight, with members arguing over road repairs, library hours and the cost of new buses for the city.';
    const story = (title: string, body: string) =>
      `<article><h2><a href="/${title.length}">${title}</a></h2><p>${body}</p><p>${body}</p></article>`;
    const front = extractPage(
      `<html lang="en"><body><main>${story('Council Approves Budget', long)}${story('Bridge Reopens Downtown', long.replace('council', 'county'))}</main></body></html>`,
      'html',
      parser,
    );
    expect(front.articles.map((a) => a.headline)).toEqual([
      'Council Approves Budget',
      'Bridge Reopens Downtown',
    ]);
    const teasers = extractPage(
      `<html lang="en"><body><main>${story('Council Approves Budget', 'The council approved the budget.')}${story('Bridge Reopens Downtown', 'The bridge reopened.')}</main></body></html>`,
      'html',
      parser,
    );
    expect(teasers.articles).toEqual([]);
  });

  it('gives a stable id from headline and first paragraph, and a content hash', () => {
    const page = flatPage(['稳定标识 测试', BODY, '(陆晗)']);
    const first = extractPage(page, 'html', parser);
    const second = extractPage(page, 'html', parser);
    expect(first.articles[0].id).toBe(articleId('稳定标识 测试', BODY));
    expect(first.articles[0].id).toBe(second.articles[0].id);
    expect(first.contentHash).toBe(second.contentHash);
    expect(first.contentHash).not.toBe(extractPage(flatPage(['别的标题', BODY]), 'html', parser).contentHash);
  });

  it('walks a region nested 20,000 levels deep without overflowing the stack', () => {
    const doc = deepPage(parser);
    const walked = collectBlocks(doc.body, new Set(), { maxNodes: 1e6, deadline: Infinity, now: () => 0 });
    expect(walked.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it('stops at the node budget and says the result is truncated', () => {
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 4 === 0 ? `标题第${i}篇 测试` : i % 4 === 3 ? '(张三)' : BODY,
    );
    const doc = parsePage(flatPage(lines), 'html', parser);
    const full = extract(doc, '', { maxMillis: 60_000 });
    const cut = extract(doc, '', { maxNodes: 200 });
    expect(full.truncated).toBeUndefined();
    expect(cut.truncated).toBe(true);
    expect(cut.articles.length).toBeGreaterThan(0);
    expect(cut.articles.length).toBeLessThan(full.articles.length);
    expect(extract(doc, '', { maxMillis: 0 }).truncated).toBe(true);
  });
});

// happy-dom's own querySelector and textContent recurse and overflow at this depth (browsers and linkedom
// do not), so the whole pipeline is checked on linkedom, the parser the CLI uses for hostile files.
it('extracts a page nested 20,000 levels deep on linkedom', () => {
  // A generous budget: this checks stack safety, not the time limit (a loaded machine may take seconds).
  const bulletin = extract(deepPage('linkedom'), '', { maxMillis: 60_000 });
  expect(bulletin.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs))).toEqual([BODY]);
});

describe('plain text', () => {
  it('splits at blank lines and unwraps soft line breaks', () => {
    expect(textParagraphs('\uFEFF标题\r\n\r\n第一段前半\n后半。\n\n\nFirst line\nsecond line.\n')).toEqual([
      '标题',
      '第一段前半后半。',
      'First line second line.',
    ]);
  });

  it('goes through the same path as HTML', () => {
    const text = ['主标题 第一篇', BODY, '(陆晗)', '第二篇标题', `乌丹讯 ${BODY}`, '(张瑞)'].join('\n\n');
    const fromText = extractPage(text, 'text', 'happy-dom');
    const fromHtml = extractPage(flatPage(text.split('\n\n')), 'html', 'happy-dom');
    expect(fromText.articles).toEqual(fromHtml.articles);
  });
});

describe('stableHash', () => {
  it('is FNV-1a, 16 hex digits', () => {
    expect(stableHash('')).toBe('811c9dc5050c5d1f');
    expect(stableHash('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHash('a')).not.toBe(stableHash('b'));
  });
});
