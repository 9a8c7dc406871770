import { describe, expect, it } from 'vitest';
import {
  ARIA_HIDDEN_ATTRIBUTE,
  CLASS_ATTRIBUTE,
  HAS_ATTRIBUTES,
  HIDDEN_ATTRIBUTE,
  ID_ATTRIBUTE,
  ITEMPROP_ATTRIBUTE,
  REL_ATTRIBUTE,
  ROLE_ATTRIBUTE,
  STYLE_ATTRIBUTE,
  attributesOf,
} from '../../lib/extract/attributes';
import { classOf, collectText, precedes, walk } from '../../lib/extract/dom-walk';
import { findContent } from '../../lib/extract/region';
import { parsePage, type Parser } from './extract-support';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const regionText = (html: string) => {
  const region = findContent(parse(html));
  return collectText(region.root, region.skip);
};
const prose = (n: number, word = '内容') =>
  `<p>${`近年来,全区公安机关多措并举推动${word}工作转型升级,取得明显成效。`.repeat(n)}</p>`;

describe('findContent', () => {
  it('keeps the article and drops nav, page lists, share bars, related links, comments and footers', () => {
    const text = regionText(`<body>
      <div class="top-bar"><a href="/">首页</a> | <a href="/login">登录</a></div>
      <ul class="pages"><li><a href="n1.html">第01版:要闻</a></li><li><a href="n2.html">第02版:综合</a></li></ul>
      <div class="wrap"><h1>保护知识产权宣传活动</h1>
        <div id="body">${prose(4)}${prose(3, '宣传')}</div>
        <div class="tools">分享到: <a href="#">微信</a> <a href="#">微博</a></div>
        <div class="box"><h3>相关新闻</h3><ul><li><a href="a.html">另一条新闻标题在这里</a></li></ul></div>
        <div class="box2"><h3>网友评论</h3><p>已有0条评论</p></div>
      </div>
      <div class="bottom"><p>版权所有 未经授权禁止转载 备案号:蒙ICP备00000000号</p></div>
    </body>`);
    expect(text).toContain('保护知识产权宣传活动');
    expect(text).toContain('推动内容工作');
    expect(text).toContain('推动宣传工作');
    for (const furniture of ['登录', '第01版', '分享到', '相关新闻', '另一条新闻', '网友评论', '版权所有']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('holds every story of a bulletin page, not the best single one', () => {
    const stories = ['一', '二', '三']
      .map((n) => `<article><h2>第${n}条新闻标题</h2>${prose(3, n)}<p>(记者 张三)</p></article>`)
      .join('');
    const text = regionText(`<body><nav><a href="/">首页</a></nav><main>${stories}</main>
      <aside><h3>本版导读</h3><a href="#">第一条</a></aside></body>`);
    for (const n of ['一', '二', '三']) expect(text).toContain(`第${n}条新闻标题`);
    expect(text).not.toContain('本版导读');
  });

  it('holds stories laid out as sibling blocks without <article> tags', () => {
    const items = ['一', '二', '三', '四']
      .map((n) => `<div class="item"><h3>第${n}条新闻标题</h3>${prose(n === '一' ? 6 : 2, n)}</div>`)
      .join('');
    const text = regionText(`<body><div class="menu"><a href="/">首页</a><a href="/b">新闻</a></div>
      <div class="list">${items}</div><div class="links"><a href="/x">友情链接一</a><a href="/y">友情链接二</a></div></body>`);
    for (const n of ['一', '二', '三', '四']) expect(text).toContain(`第${n}条新闻标题`);
    expect(text).not.toContain('友情链接');
  });

  it('skips hidden elements, whatever their text', () => {
    const region = findContent(
      parse(`<body><div>${prose(5)}<div hidden>${prose(2, '隐藏')}</div>
        <div aria-hidden="true">甲乙丙隐藏一</div><div style="display: none">甲乙丙隐藏二</div></div></body>`),
    );
    const text = collectText(region.root, region.skip);
    expect(text).toContain('推动内容工作');
    expect(text).not.toContain('隐藏');
  });

  it('widens to the sibling paragraphs of a flat page (every line a <p>)', () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) => `<p>第${i}段落,这是一段足够长的正文文字,用来测试段落的合并,确保没有遗漏。</p>`,
    );
    const text = regionText(
      `<body><div class="nav"><a href="/">a</a><a href="/b">b</a></div><div>${lines.join('')}</div></body>`,
    );
    for (let i = 0; i < 12; i++) expect(text).toContain(`第${i}段落`);
  });

  it('survives 20,000 levels of nesting without recursion', () => {
    const doc = parse('<body></body>');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    const p = doc.createElement('p');
    p.textContent = '深层嵌套的正文,仍然可以被找到,而且不会溢出调用栈。'.repeat(3);
    parent.appendChild(p);
    const region = findContent(doc);
    expect(region.root.contains(p)).toBe(true);
    expect(region.skip.has(p)).toBe(false);
  });

  it('does not change the document', () => {
    const html = `<body><nav><a href="/">home</a></nav><div>${prose(4)}</div><footer>© 2024 Site</footer></body>`;
    const doc = parse(html);
    const before = doc.body.outerHTML;
    findContent(doc);
    expect(doc.body.outerHTML).toBe(before);
  });

  it('keeps a page whose whole body sits in one form (ASP.NET pages)', () => {
    const text = regionText(`<body><form id="aspnetForm"><div class="menu"><a href="/">Home</a></div>
      <div class="article">${prose(5)}</div></form></body>`);
    expect(text).toContain('推动内容工作');
  });

  it('takes in the headline just above the body container, but not what follows the body', () => {
    const text = regionText(`<body><div class="article-wrap"><h1>A headline above the text</h1>
      <div class="meta">March 3, 2024 · By Jane Doe</div>
      <div class="content">${'<p>The council voted on Tuesday to expand the program, officials said, after months of debate.</p>'.repeat(6)}</div>
      <div class="more">${'<a href="/x">Another story you might like to read</a> '.repeat(5)}</div></div></body>`);
    expect(text).toContain('A headline above the text');
    expect(text).toContain('By Jane Doe');
    expect(text).not.toContain('Another story');
  });
});

// The CLI reads pages with linkedom, whose compareDocumentPosition orders nodes by depth rather than by
// position: a headline nested deeper than the text after it came out as following it.
describe.each<Parser>(['happy-dom', 'linkedom'])('the headline above the text on %s', (parser) => {
  it('is taken in when it sits deeper in the markup than the text container', () => {
    const doc = parsePage(
      `<!DOCTYPE html><html><body><main><header><div><div><h1>A headline nested in the header</h1></div></div></header>
      <div class="content">${'<p>The council voted on Tuesday to expand the program, officials said, after months of debate.</p>'.repeat(6)}</div>
      </main><footer><p>Contact us</p></footer></body></html>`,
      'html',
      parser,
    );
    const region = findContent(doc);
    const text = collectText(region.root, region.skip);
    expect(text).toContain('A headline nested in the header');
    expect(text).toContain('The council voted');
  });
});

describe('precedes', () => {
  it('agrees with the DOM standard on every pair of nodes, on both parsers', () => {
    const html = `<!DOCTYPE html><html><body><div><p>a<b>b</b></p><ul><li>c</li><li><i>d</i></li></ul></div>
      <section><h1>e</h1></section>text<span>f</span></body></html>`;
    const nodesOf = (doc: Document) => {
      const nodes: Node[] = [];
      walk(doc.documentElement, {
        enter(node) {
          nodes.push(node);
          return true;
        },
      });
      return nodes;
    };
    // Document order is the order of a pre-order walk: the oracle, independent of compareDocumentPosition.
    for (const parser of ['happy-dom', 'linkedom'] as const) {
      const nodes = nodesOf(parsePage(html, 'html', parser));
      for (let i = 0; i < nodes.length; i++) {
        for (let j = 0; j < nodes.length; j++) expect(precedes(nodes[i]!, nodes[j]!)).toBe(i < j);
      }
    }
  });
});

describe.each<Parser>(['happy-dom', 'linkedom'])('classOf on %s', (parser) => {
  it('reads the class attribute of HTML and SVG elements alike', () => {
    const doc = parsePage(
      '<!DOCTYPE html><html><body><div class="story lead"></div><p></p><svg class="icon share"></svg></body></html>',
      'html',
      parser,
    );
    const [div, p, svg] = ['div', 'p', 'svg'].map((tag) => doc.querySelector(tag)!);
    // An SVG element's className is an object: its class must still come back as the attribute's text.
    expect([classOf(div), classOf(p), classOf(svg)]).toEqual(['story lead', '', 'icon share']);
  });
});

describe.each<Parser>(['happy-dom', 'linkedom'])('attributesOf on %s', (parser) => {
  const bits: [string, number][] = [
    ['class', CLASS_ATTRIBUTE],
    ['style', STYLE_ATTRIBUTE],
    ['id', ID_ATTRIBUTE],
    ['role', ROLE_ATTRIBUTE],
    ['aria-hidden', ARIA_HIDDEN_ATTRIBUTE],
    ['rel', REL_ATTRIBUTE],
    ['itemprop', ITEMPROP_ATTRIBUTE],
    ['hidden', HIDDEN_ATTRIBUTE],
  ];

  it('tells which of the attributes the walkers read an element carries', () => {
    const doc = parsePage(
      `<!DOCTYPE html><html><body><p></p><div class="a"></div><a href="/x" rel="author">x</a>
      <span style="color: red" id="s" role="note" aria-hidden="true" itemprop="author" hidden data-x="1"></span>
      <em data-x="1"></em><svg class="icon"></svg></body></html>`,
      'html',
      parser,
    );
    const [p, div, a, span, em, svg] = ['p', 'div', 'a', 'span', 'em', 'svg'].map((tag) =>
      doc.querySelector(tag)!,
    );
    expect(attributesOf(p)).toBe(0);
    expect(attributesOf(div)).toBe(HAS_ATTRIBUTES | CLASS_ATTRIBUTE);
    expect(attributesOf(a)).toBe(HAS_ATTRIBUTES | REL_ATTRIBUTE);
    expect(attributesOf(span)).toBe(
      bits.reduce(
        (all, [name, bit]) => (name === 'class' || name === 'rel' ? all : all | bit),
        HAS_ATTRIBUTES,
      ),
    );
    // Attributes the walkers do not read still say that the element has some.
    expect(attributesOf(em)).toBe(HAS_ATTRIBUTES);
    expect(attributesOf(svg)).toBe(HAS_ATTRIBUTES | CLASS_ATTRIBUTE);
  });

  it('leaves out only attributes that getAttribute would not find, names written in any case', () => {
    const doc = parsePage(
      `<!DOCTYPE html><html><body><a HREF="/x" REL="author" Class="c">x</a>
      <span Style="color: red" ID="s" ROLE="note" Aria-Hidden="true" ItemProp="author" HIDDEN></span>
      <i class="c" style="color: red" id="s" role="note" aria-hidden="true" itemprop="author" rel="x" hidden></i>
      </body></html>`,
      'html',
      parser,
    );
    for (const el of ['a', 'span', 'i'].map((tag) => doc.querySelector(tag)!)) {
      const found = attributesOf(el);
      // The readers read an attribute only when its bit is set: what they would have read otherwise is nothing.
      for (const [name, bit] of bits) {
        const read = found & bit ? (el.getAttribute(name) ?? '') : '';
        expect([el.tagName, name, read]).toEqual([el.tagName, name, el.getAttribute(name) ?? '']);
      }
    }
    expect(attributesOf(doc.querySelector('i')!)).toBe(
      bits.reduce((all, [, bit]) => all | bit, HAS_ATTRIBUTES),
    );
  });
});
