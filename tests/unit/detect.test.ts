import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import type { PageKind } from '../../lib/model';

const SEED = join(__dirname, '../../../shared/fixtures/seed');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const seedHtml = (name: string) => readFileSync(join(SEED, name), 'utf8');
/** A .txt bulletin as the extension sees it: one <p> per blank-line separated paragraph. */
const textAsDocument = (text: string) => {
  const doc = parse('<!DOCTYPE html><html><body></body></html>');
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = doc.createElement('p');
    p.textContent = paragraph.trim();
    doc.body.appendChild(p);
  }
  return doc;
};

const zh = (topic: string) =>
  `<p>近年来,全区公安机关围绕${topic}多措并举,推动各项工作转型升级,取得明显成效,受到群众广泛好评。</p>`;
const en =
  '<p>The council voted on Tuesday to expand the program, officials said, after months of debate and delay.</p>';

describe('detect on the seed fixtures', () => {
  it.each<[string, PageKind]>([
    ['epaper-text.html', 'bulletin'],
    ['epaper-structured.html', 'bulletin'],
    ['single-article.html', 'article'],
    ['index-page.html', 'listing'],
  ])('%s is a %s', (name, kind) => {
    const result = detect(parse(seedHtml(name)));
    expect(result.kind).toBe(kind);
    expect(result.score).toBeGreaterThan(0.5);
  });

  it('bulletin.txt as a document of <p>s is a bulletin', () => {
    expect(detect(textAsDocument(seedHtml('bulletin.txt'))).kind).toBe('bulletin');
  });
});

describe('detect on small pages', () => {
  it.each<[string, string, PageKind, string?]>([
    [
      'several <article>s',
      ['一', '二', '三']
        .map((n) => `<article><h2>第${n}条新闻标题</h2>${zh(n).repeat(5)}</article>`)
        .join(''),
      'bulletin',
      'articles:3',
    ],
    [
      'flat stories closed by credits',
      ['一', '二', '三']
        .map(
          (n) =>
            `<p>第${n}条新闻的标题</p><p>呼和浩特讯 ${zh(n).slice(3, -4)}</p>${zh(n)}<p>(记者 张${n}明)</p>`,
        )
        .join(''),
      'bulletin',
      'credits:3',
    ],
    [
      'English wire items with datelines',
      ['Budget passes', 'Rail strike ends', 'Harbour reopens']
        .map(
          (h) =>
            `<h2>${h} after long talks</h2><p>BEIJING, April 22 (Reuters) - ${en.slice(3, -4)}</p>${en}<p>By Jane Doe</p>`,
        )
        .join(''),
      'bulletin',
    ],
    [
      'one story with section heads',
      `<h1>One long story about the vote</h1>${en.repeat(3)}<h2>Background</h2>${en.repeat(3)}<h2>Reaction</h2>${en.repeat(3)}`,
      'article',
    ],
    [
      'one article plus comments in <article>s',
      `<article><h1>Main story headline here</h1>${en.repeat(8)}</article><section class="comments">${'<article><p>Great piece, I agree with the council and hope they continue.</p></article>'.repeat(3)}</section>`,
      'article',
    ],
    [
      'an index of headlines',
      `<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/a${i}">Headline number ${i} about something that happened</a></li>`).join('')}</ul>`,
      'listing',
    ],
    ['an empty page', '', 'other'],
    ['a login form', '<form><label>User name</label><input><button>Sign in</button></form>', 'other'],
  ])('%s', (_name, body, kind, signal) => {
    const result = detect(parse(`<html><body>${body}</body></html>`));
    expect(result.kind).toBe(kind);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    if (signal) expect(result.signals).toContain(signal);
  });

  it('reads schema.org and Open Graph types as signals', () => {
    const result = detect(
      parse(`<html><head><meta property="og:type" content="article">
        <script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body><h1>A story</h1>${en}</body></html>`),
    );
    expect(result.kind).toBe('article');
    expect(result.signals).toEqual(expect.arrayContaining(['type:article', 'type:NewsArticle']));
  });

  it('uses e-paper URL and page-label hints', () => {
    const flat = ['一', '二', '三'].map((n) => `<p>第${n}条新闻的标题</p>${zh(n).repeat(2)}`).join('');
    const result = detect(
      parse(`<html><head><title>第03版:政工</title></head><body>${flat}</body></html>`),
      'https://x.cn/epaper/node_03.html',
    );
    expect(result.signals).toContain('epaper');
    expect(result.kind).toBe('bulletin');
  });

  it("reads a bulletin's title: its headline runs are items even without credits", () => {
    const items = ['一', '二'].map((n) => `<p><b>第${n}项工作进展情况</b></p>${zh(n).repeat(2)}`).join('');
    const page = (title: string) =>
      detect(parse(`<html><head><title>${title}</title></head><body>${items}</body></html>`));
    const bulletin = page('公安工作简报(第12期)');
    expect(bulletin.signals).toContain('bulletin-title');
    expect(bulletin.kind).toBe('bulletin');
    const article = page('县局召开一季度治安形势分析研判会');
    expect(article.signals).not.toContain('bulletin-title');
    expect(article.kind).toBe('article');
  });

  it('does not change the document and survives deep nesting', () => {
    const doc = parse('<body></body>');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.appendChild(doc.createTextNode('深层嵌套的正文,仍然可以被读取。'));
    const before = doc.body.childNodes.length;
    expect(() => detect(doc)).not.toThrow();
    expect(doc.body.childNodes.length).toBe(before);
  });
});
