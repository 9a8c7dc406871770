// fast-check arbitraries for the property tests: random DOM trees of the elements pages are made of, with
// text mixing Chinese, Latin, both kinds of punctuation, datelines and credits, and random plain text.
import * as fc from 'fast-check';

export type TreeNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; children: TreeNode[] };

const FRAGMENTS = [
  // Chinese words, datelines and credits
  '公安',
  '机关',
  '推动',
  '政工工作',
  '转型升级',
  '打造全',
  '区公安',
  '呼和浩特讯',
  '本报讯',
  '新华社北京4月22日电',
  '记者 张三 通讯员 李四',
  '(陆晗)',
  '（萨其荣贵 李庭）',
  '读书活动现场。李庭摄',
  '2023年4月26日',
  '第03版',
  // Latin words, datelines and credits
  'river',
  'Council',
  'road',
  'By Jane Doe',
  'BEIJING, April 22 (Reuters) -',
  'WASHINGTON —',
  'Photo: John Smith',
  'imple-',
  'mentation',
  '1,200',
  '3.5%',
  'https://example.org/a',
  // punctuation, half- and full-width
  '。',
  '，',
  '.',
  ',',
  '!',
  '?',
  '！',
  '？',
  '“',
  '”',
  '"',
  ':',
  '：',
  '(',
  ')',
  '、',
  '…',
  // whitespace of every kind
  ' ',
  '\n',
  '\u3000',
  '\t',
  '\u00a0',
];

/** A run of text: mostly fragments, sometimes arbitrary Unicode. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 24 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

const CONTAINER_TAGS = ['div', 'div', 'article', 'figure', 'table', 'ul', 'section', 'main'];
const TEXT_TAGS = ['p', 'p', 'p', 'h1', 'h2', 'h3', 'h4', 'a', 'figcaption', 'span', 'script', 'style'];

export const treeArbitrary: fc.Arbitrary<TreeNode> = fc.letrec<{ node: TreeNode; leaf: TreeNode }>((tie) => ({
  leaf: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom(...TEXT_TAGS),
    children: fc.array(fc.oneof(fc.record({ kind: fc.constant('text' as const), text: textArbitrary })), {
      minLength: 1,
      maxLength: 2,
    }),
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom(...CONTAINER_TAGS),
      children: fc.array(tie('node'), { minLength: 0, maxLength: 6 }),
    }),
  ),
})).node;

/** A page body: a list of trees. */
export const bodyArbitrary: fc.Arbitrary<TreeNode[]> = fc.array(treeArbitrary, { minLength: 0, maxLength: 8 });

/** Appends the tree under `parent`, building tables and lists as parsers would shape them. */
export function buildTree(doc: Document, parent: Node, node: TreeNode): void {
  if (node.kind === 'text') {
    parent.appendChild(doc.createTextNode(node.text));
    return;
  }
  const el = doc.createElement(node.tag);
  if (node.tag === 'a') el.setAttribute('href', '#');
  parent.appendChild(el);
  if (node.tag === 'table') {
    const row = el.appendChild(doc.createElement('tbody')).appendChild(doc.createElement('tr'));
    for (const child of node.children) buildTree(doc, row.appendChild(doc.createElement('td')), child);
  } else if (node.tag === 'ul') {
    for (const child of node.children) buildTree(doc, el.appendChild(doc.createElement('li')), child);
  } else {
    for (const child of node.children) buildTree(doc, el, child);
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same tree as markup, for DOMs that are fed through their parser. */
export function treeToHtml(node: TreeNode): string {
  if (node.kind === 'text') return escapeHtml(node.text);
  const inner = (child: TreeNode) => treeToHtml(child);
  if (node.tag === 'table') return `<table><tbody><tr>${node.children.map((c) => `<td>${inner(c)}</td>`).join('')}</tr></tbody></table>`;
  if (node.tag === 'ul') return `<ul>${node.children.map((c) => `<li>${inner(c)}</li>`).join('')}</ul>`;
  const href = node.tag === 'a' ? ' href="#"' : '';
  return `<${node.tag}${href}>${node.children.map(inner).join('')}</${node.tag}>`;
}
