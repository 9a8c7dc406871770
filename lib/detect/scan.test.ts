import { describe, expect, it } from 'vitest';
import { MAX_NODES } from './constants';
import { scanPage, type ScanReader } from './scan';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const lineTexts = (doc: Document) => scanPage(doc).lines.map((line) => line.text.trim());

describe('scanPage', () => {
  it('reads lines at block boundaries with their weights, link weights, heading level and figure flag', () => {
    const scan = scanPage(
      parse(`<body><h2>标题 <b>一</b></h2><p>Some text <a href="/x">a link</a> more.</p>
        <figure><img src="a.jpg"><figcaption>读书活动现场。</figcaption></figure></body>`),
    );
    expect(scan.lines).toEqual([
      { text: '标题 一', weight: 6, linkWeight: 0, heading: 2, figure: false },
      { text: 'Some text a link more.', weight: 18, linkWeight: 5, heading: 0, figure: false },
      { text: '读书活动现场。', weight: 13, linkWeight: 0, heading: 0, figure: true },
    ]);
    expect(scan.totalWeight).toBe(37);
    expect(scan.linkWeight).toBe(5);
  });

  it('leaves out hidden elements and non-text elements, and an empty hidden line break breaks nothing', () => {
    const doc = parse(`<body><p>one<br hidden>two<br>three</p><div hidden><p>secret words</p></div>
      <script>var secret = 1;</script><style>p { color: red }</style><p>four<span hidden></span></p></body>`);
    expect(lineTexts(doc)).toEqual(['onetwo', 'three', 'four']);
  });

  it('takes any value of hidden as hidden, "until-found" and "false" too', () => {
    const doc = parse('<body><p hidden="until-found">one</p><p hidden="false">two</p><p>three</p></body>');
    expect(lineTexts(doc)).toEqual(['three']);
  });

  it('counts long links outside navigation as headline links, across nested markup', () => {
    const scan = scanPage(
      parse(`<body><nav><a href="/1">A navigation link long enough</a></nav>
        <ul><li><a href="/2"><span>First</span> <b>story headline here</b></a></li>
        <li><a href="/3">Short</a></li><li><a href="/4">Second story headline here</a></li></ul></body>`),
    );
    expect(scan.headlineLinks).toBe(2);
  });

  it('counts <article>s holding a story, not teaser cards or nested ones', () => {
    const prose = '<p>全区公安机关围绕中心工作多措并举，推动各项工作转型升级，取得明显成效。</p>'.repeat(5);
    const scan = scanPage(
      parse(`<body><article>${prose}<article>${prose}</article></article>
        <article><a href="/1">teaser</a></article><article>${prose}</article></body>`),
    );
    expect(scan.stories).toBe(2);
    expect(scan.storyWeights[0]).toBeGreaterThan(scan.storyWeights[1]!);
  });

  it('reads the title, JSON-LD, og:type and microdata types wherever they are', () => {
    const scan = scanPage(
      parse(`<html><head><meta property="og:type" content="article">
        <script type="application/ld+json">{"@type": ["NewsArticle", "Report"]}</script></head>
        <body itemscope itemtype="https://schema.org/WebPage"><title>In the body</title>
        <script type="application/ld+json">{"@type":"BreadcrumbList"}</script><p>text</p></body></html>`),
    );
    expect(scan.title).toBe('In the body');
    expect(scan.types.toSorted()).toEqual(['BreadcrumbList', 'NewsArticle', 'Report', 'WebPage', 'article']);
  });

  it('reads shadow content first, then the host’s own (slotted) children', () => {
    const doc = parse('<body><p>before</p><news-story><p>light child</p></news-story><p>after</p></body>');
    const shadow = doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
    const heading = doc.createElement('h1');
    heading.textContent = 'shadow headline';
    shadow.append(heading, doc.createElement('slot'));
    expect(lineTexts(doc)).toEqual(['before', 'shadow headline', 'light child', 'after']);
  });

  it('reads the shadow content of a built-in host such as <div>', () => {
    const doc = parse('<body><div><p>light child</p></div></body>');
    const shadow = doc.querySelector('div')!.attachShadow({ mode: 'open' });
    shadow.append('shadow text');
    expect(lineTexts(doc)).toEqual(['shadow text', 'light child']);
  });

  it('walks an empty shadow root’s host through its own children', () => {
    const doc = parse('<body><news-story><p>light child</p></news-story></body>');
    doc.querySelector('news-story')!.attachShadow({ mode: 'open' });
    expect(lineTexts(doc)).toEqual(['light child']);
  });

  it('stops at the node cap and closes what is open: the last line and the article still count', () => {
    const doc = parse('<body></body>');
    const article = doc.createElement('article');
    const paragraph = doc.createElement('p');
    for (let i = 0; i < MAX_NODES; i++) {
      const word = doc.createElement('span');
      word.textContent = '字';
      paragraph.appendChild(word);
    }
    article.appendChild(paragraph);
    doc.body.appendChild(article);
    const scan = scanPage(doc);
    // body, article and p are nodes too; each span and its text are two.
    const wordsRead = Math.floor((MAX_NODES - 3) / 2);
    expect(scan.lines).toHaveLength(1);
    expect(scan.lines[0]!.weight).toBe(wordsRead * 2);
    expect(scan.stories).toBe(1);
  });
});

describe('scanPage with a reader', () => {
  /** Records what a reader is shown, in order. */
  const recorder = () => {
    const seen: string[] = [];
    const reader: ScanReader = {
      begin: (_doc, root) => void seen.push(`begin ${root.tagName}`),
      headElement: (_el, tag) => void seen.push(`head ${tag}`),
      enter: (_el, tag, empty, cls, style) => (
        seen.push(
          `enter ${tag}${empty ? ' (empty)' : ''}${cls === null ? '' : ` class=${cls}`}${style ? ` style=${style}` : ''}`,
        ),
        tag === 'P' ? 7 : 0
      ),
      leave: (el, entered) => void seen.push(`leave ${el.tagName} ${entered}`),
      hidden: (el) => void seen.push(`hidden ${el.tagName}`),
      text: (value, inLink, facts) => void seen.push(`text ${value} ${facts.weight}${inLink ? ' link' : ''}`),
      end: () => void seen.push('end'),
    };
    return { seen, reader };
  };

  it('shows the reader every element it enters, empty ones too, hidden ones as hidden, and hands back its numbers', () => {
    const { seen, reader } = recorder();
    scanPage(
      parse(`<html><head><title>T</title></head><body><p>a<a href="/">b</a></p><img src="x.png"><div hidden>c</div>
        <span class="by" style="color: red">d</span>
        <script>var x;</script><meta name="k" content="v"></body></html>`),
      reader,
    );
    expect(seen.filter((s) => !s.startsWith('text \n'))).toEqual([
      'begin BODY',
      'head TITLE',
      'enter BODY',
      'enter P',
      'text a 1',
      'enter A class=',
      'text b 1 link',
      'leave A 0',
      'leave P 7',
      'enter IMG (empty) class=',
      'leave IMG 0',
      'hidden DIV',
      'enter SPAN class=by style=color: red',
      'text d 1',
      'leave SPAN 0',
      'head SCRIPT',
      'head META',
      'enter META (empty) class=',
      'leave META 0',
      'leave BODY 0',
      'end',
    ]);
  });

  it('leaves out what only detection reads when not detecting, and still shows the reader everything', () => {
    const html = `<html><head><meta property="og:type" content="article"></head>
      <body><p>一段正文，<a href="/">链接</a>。</p></body></html>`;
    const detected = recorder();
    const withDetection = scanPage(parse(html), detected.reader);
    const read = recorder();
    const readOnly = scanPage(parse(html), read.reader, undefined, false);
    expect(withDetection.lines).toHaveLength(1);
    expect(withDetection.types).toEqual(['article']);
    expect(readOnly.lines).toEqual([]);
    expect(readOnly.types).toEqual([]);
    expect(read.seen).toEqual(detected.seen);
  });

  it('walks past detection’s node cap up to the limits, and says when it stopped', () => {
    const doc = parse(`<body>${'<p>字</p>'.repeat(MAX_NODES)}</body>`);
    const limits = { maxNodes: MAX_NODES * 3, deadline: Infinity, now: () => 0 };
    const paragraphsShown = (maxNodes: number) => {
      const { seen, reader } = recorder();
      const scan = scanPage(doc, reader, { ...limits, maxNodes });
      return { truncated: scan.truncated, paragraphs: seen.filter((s) => s === 'enter P').length };
    };
    expect(paragraphsShown(MAX_NODES * 3)).toEqual({ truncated: undefined, paragraphs: MAX_NODES });
    expect(scanPage(doc).truncated).toBe(true);
    // body, then each paragraph and its text.
    expect(paragraphsShown(1_001)).toEqual({ truncated: true, paragraphs: 500 });
  });

  it('stops at the deadline, read every CLOCK_CHECK_EVERY_NODES nodes', () => {
    const doc = parse(`<body>${'<p>字</p>'.repeat(5_000)}</body>`);
    let clock = 0;
    const scan = scanPage(doc, recorder().reader, { maxNodes: 1e9, deadline: 1, now: () => clock++ });
    expect(scan.truncated).toBe(true);
    expect(scan.lines.length).toBeLessThan(5_000);
  });
});
