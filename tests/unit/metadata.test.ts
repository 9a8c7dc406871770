import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../lib/extract/metadata';
import { dateFromUrl, parseStructuredDate } from '../../lib/extract/metadata/dates';
import { cleanTitle } from '../../lib/extract/metadata/title';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const meta = (html: string, url?: string) => readPageMetadata(parse(html), url);
const body = '<p>近年来,全区公安机关多措并举推动政工工作转型升级,取得明显成效,受到群众好评。</p>';

describe('readPageMetadata: dates', () => {
  it.each([
    [
      'JSON-LD',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-04-26T08:00:00+08:00"}</script>',
      '2023-04-26T08:00:00+08:00',
    ],
    [
      'JSON-LD @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2021-02-03"}]}</script>',
      '2021-02-03',
    ],
    [
      'article:published_time',
      '<meta property="article:published_time" content="2022-02-06T12:48:06+00:00">',
      '2022-02-06T12:48:06+00:00',
    ],
    ['PubDate', '<meta name="PubDate" content="2022-02-11 09:52">', '2022-02-11T09:52'],
  ])('reads %s', (_name, head, expected) => {
    expect(meta(`<html><head>${head}</head><body><h1>标题在这里</h1>${body}</body></html>`).publishedAt).toBe(
      expected,
    );
  });

  it('reads time[datetime] in the page, an empty one too, and a pubdate one first', () => {
    const page = (time: string) =>
      `<html><body><h1>标题在这里</h1><p>Posted ${time}</p>${body}</body></html>`;
    expect(meta(page('<time datetime="2020-05-01T10:00:00Z">May 1</time>')).publishedAt).toBe(
      '2020-05-01T10:00:00Z',
    );
    expect(meta(page('<time datetime="2020-05-01"></time>')).publishedAt).toBe('2020-05-01');
    expect(
      meta(page('<time datetime="2020-05-02">May 2</time> <time datetime="2020-05-01" pubdate></time>'))
        .publishedAt,
    ).toBe('2020-05-01');
  });

  it.each([
    ['发布时间:2023-04-26 08:00', '2023-04-26T08:00'],
    ['2023年4月26日 星期三', '2023-04-26'],
    ['来源:北疆警讯 2005-5-7 21:23:57', '2005-05-07T21:23:57'],
    ['发布日期： 9/17/2004 5:54:13 AM', '2004-09-17T05:54:13'],
    ['Published March 3, 2019', '2019-03-03'],
  ])('reads the printed date %s', (line, expected) => {
    expect(meta(`<body><h1>一个足够长的标题</h1><div>${line}</div>${body}</body>`).publishedAt).toBe(
      expected,
    );
  });

  it('reads a labelled date above a long paragraph, and a publication label after an update label', () => {
    const prose =
      '<p>The city council voted 7-2 on Monday to approve dedicated bus lanes along a two-mile stretch of Main Street, a plan that transit advocates have pushed for years.</p>';
    const page = (line: string) =>
      `<body><h1>Council approves new bus lanes</h1><p>${line}</p>${prose}</body>`;
    expect(meta(page('Published: March 3, 2024')).publishedAt).toBe('2024-03-03');
    expect(meta(page('Updated: March 5, 2024 | Published: March 3, 2024')).publishedAt).toBe('2024-03-03');
    expect(
      meta(page('更新时间：2024-05-22 09:10 发布时间：2024-05-20 10:30 来源：市政府办公室')).publishedAt,
    ).toBe('2024-05-20T10:30');
  });

  it('falls back to the URL', () => {
    expect(
      meta(`<body><h1>标题标题</h1>${body}</body>`, 'https://x.cn/html/2023-04/26/content_4.html')
        .publishedAt,
    ).toBe('2023-04-26');
    expect(dateFromUrl('https://x.com/news/20230426/a.html')).toBe('2023-04-26');
    expect(dateFromUrl('https://x.com/2019/11/05/story-slug')).toBe('2019-11-05');
    expect(dateFromUrl('https://x.com/item/12345678')).toBeUndefined();
  });

  it('survives broken and hostile JSON-LD', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const html = `<head><script type="application/ld+json">{"@type": "Article", "datePublished": "2020-01-02",}</script>
      <script type="application/ld+json">{not json</script><script type="application/ld+json">${deep}</script></head>
      <body><h1>标题标题</h1>${body}</body>`;
    expect(meta(html).publishedAt).toBe('2020-01-02');
  });

  it('rejects impossible dates', () => {
    expect(parseStructuredDate('2023-13-45')).toBeUndefined();
    expect(parseStructuredDate('1850-01-01')).toBeUndefined();
  });
});

describe('readPageMetadata: authors', () => {
  it.each([
    [
      'JSON-LD authors',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"戴紫君"},{"name":"李庭"}]}</script>',
      '',
      ['戴紫君', '李庭'],
    ],
    ['meta author', '<meta name="author" content="Jane Doe, John Smith">', '', ['Jane Doe', 'John Smith']],
    ['作者: label', '', '<div>2023-04-26 来源:北疆警讯数字报 作者:戴紫君</div>', ['戴紫君']],
    ['记者 and 通讯员', '', '<p>本报记者 王建宏 张文攀 通讯员 李四</p>', ['王建宏', '张文攀', '李四']],
    [
      'credits over two lines',
      '',
      '<p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平</p>',
      ['刘国栋', '周炜', '王燕平'],
    ],
    [
      'trailing parenthesis',
      '',
      `<p>${'活动取得圆满成功,受到广泛好评。'.repeat(3)}(萨其荣贵 李庭)</p>`,
      ['萨其荣贵', '李庭'],
    ],
    ['trailing 记者 parenthesis', '', '<p>推动云南工业高质量发展。(记者 胡晓蓉)</p>', ['胡晓蓉']],
    [
      'full-width trailing parenthesis',
      '',
      `<p>${'活动取得圆满成功,受到广泛好评。'.repeat(3)}（萨其荣贵 李庭）\u3000</p>`,
      ['萨其荣贵', '李庭'],
    ],
    ['发表于 line', '', '<p>老王 发表于 2023-04-26 08:00</p>', ['老王']],
    ['posted-on line, any case', '', '<p>janedoe POSTED ON April 26, 2023</p>', ['janedoe']],
    ['English byline', '', '<p>By Jane Doe</p>', ['Jane Doe']],
    ['editor only as a last resort', '', '<p>来源:新闻晨报 编辑:山石</p>', ['山石']],
  ])('reads %s', (_name, head, credit, expected) => {
    const m = meta(`<html><head>${head}</head><body><h1>一个足够长的标题</h1>${credit}${body}</body></html>`);
    expect(m.authors).toEqual(expected);
  });

  it('never takes the desk editor (责任编辑) or a site-name author tag', () => {
    const m = meta(`<html><head><meta name="author" content="www.yunnan.cn,云南日报报业集团"></head>
      <body><h1>一个足够长的标题</h1>${body}<p>责任编辑:孙重远</p></body></html>`);
    expect(m.authors).toEqual([]);
  });
});

describe('readPageMetadata: title, site, language, canonical', () => {
  it.each([
    [
      '内蒙古公安机关开展保护知识产权宣传活动_北疆警讯数字报',
      undefined,
      '内蒙古公安机关开展保护知识产权宣传活动',
    ],
    [
      'A council votes to expand the program - The Daily Example',
      undefined,
      'A council votes to expand the program',
    ],
    ['A council votes to expand the program | Example', undefined, 'A council votes to expand the program'],
    ['劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经', undefined, '劳伦斯：一个无法定义的“洛克菲勒”'],
    ['Plain title without a site', undefined, 'Plain title without a site'],
    ['Short | Example News Network Online', 'Example News Network Online', 'Short'],
  ])('cleans %s', (raw, siteName, expected) => {
    expect(cleanTitle(raw, { siteName })).toBe(expected);
  });

  it('reads site name, canonical URL, description and language', () => {
    const m = meta(
      `<html lang="zh-CN"><head><title>标题一二三四_北疆警讯数字报</title><meta property="og:site_name" content="北疆警讯数字报">
      <link rel="canonical" href="/bjjx/content_4.html"><meta name="description" content="摘要"></head>
      <body><h1>标题一二三四</h1>${body}</body></html>`,
      'https://epaper.example.cn/x?utm=1',
    );
    expect(m).toMatchObject({
      title: '标题一二三四',
      siteName: '北疆警讯数字报',
      canonicalUrl: 'https://epaper.example.cn/bjjx/content_4.html',
      description: '摘要',
      lang: 'zh-CN',
      headline: '标题一二三四',
    });
  });

  it('guesses the language from the text when none is declared, and overrides a wrong template tag', () => {
    expect(meta(`<body>${body.repeat(3)}</body>`).lang).toBe('zh');
    expect(meta(`<html lang="en"><body>${body.repeat(3)}</body></html>`).lang).toBe('zh');
    expect(
      meta('<body><p>The council voted on Tuesday to expand the program after months of debate.</p></body>')
        .lang,
    ).toBe('en');
  });

  it('reads a text of short lines whole, but prefers the longer lines of a page', () => {
    expect(
      meta('<body><p>今日天气晴朗</p><p>明日有小雨</p><p>后天转多云</p><p>请注意添衣保暖</p></body>').lang,
    ).toBe('zh');
    expect(
      meta('<body><p>首页</p><p>新闻</p><p>Officials met on Tuesday to agree the budget.</p></body>').lang,
    ).toBe('en');
    expect(meta('<body><p>12:30</p></body>').lang).toBe('und');
  });
});

describe('readPageMetadata on lines spaced as pages space them', () => {
  // The readers test a line as read before collapsing its whitespace: these answers must not change.
  it('reads labels, credits and dates split by newlines and runs of spaces', () => {
    const m = meta(`<html><body><h1>一个足够长的标题</h1>
      <p>\n  发布时间：\n    2023-04-26    08:00\n</p><p>\n   作者：\n\t戴紫君  \n</p>${body}</body></html>`);
    expect(m.publishedAt).toBe('2023-04-26T08:00');
    expect(m.authors).toEqual(['戴紫君']);
    const trailing = meta(
      `<body><h1>一个足够长的标题</h1>${body}<p>推动云南工业高质量发展。(记者\n   胡晓蓉)\n\n   </p></body>`,
    );
    expect(trailing.authors).toEqual(['胡晓蓉']);
  });

  it('measures a line for the language sample with its whitespace collapsed', () => {
    // Each padded line is 7 characters once collapsed: too short for the sample, however long as read.
    const padded = '<p>首          页首页首页</p>'.repeat(6);
    expect(meta(`<body>${padded}<p>Officials met on Tuesday to agree the budget.</p></body>`).lang).toBe(
      'en',
    );
  });
});

describe('readPageMetadata on hostile markup', () => {
  it('reads a page nested 20,000 levels deep without overflowing', () => {
    const doc = parse('<html><head><title>深层页面_站点</title></head><body></body></html>');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    const p = doc.createElement('p');
    p.textContent = '发布时间:2023-04-26 08:00 作者:张三';
    parent.appendChild(p);
    const m = readPageMetadata(doc);
    expect(m).toMatchObject({ title: '深层页面', publishedAt: '2023-04-26T08:00', authors: ['张三'] });
  });
});
