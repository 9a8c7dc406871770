// Markdown export for Obsidian and other note tools: one file per page, or one digest of a selection.
import type { BulletinDatabase } from './database';
import { flatParagraphs } from './keys';
import { getPage, type ArticleView, type PageView } from './reader';

/**
 * A YAML scalar that always parses back to the same string: a double-quoted scalar with JSON escapes (JSON
 * strings are valid YAML 1.2 double-quoted scalars), so `: `, `#`, quotes, leading `-` or `yes` stay text.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Front matter Obsidian reads as properties: title, url, site, date, tags. */
export function frontMatter(fields: {
  title: string;
  url: string;
  site: string;
  date: string;
  tags: string[];
}): string {
  const lines = [
    '---',
    `title: ${yamlString(fields.title)}`,
    `url: ${yamlString(fields.url)}`,
    `site: ${yamlString(fields.site)}`,
  ];
  lines.push(`date: ${/^\d{4}-\d{2}-\d{2}$/.test(fields.date) ? fields.date : yamlString(fields.date)}`);
  if (fields.tags.length) lines.push('tags:', ...fields.tags.map((t) => `  - ${yamlString(t)}`));
  else lines.push('tags: []');
  lines.push('---');
  return lines.join('\n');
}

/**
 * Page text is never markup: Markdown syntax characters and `<` `>` `&` are escaped, so a page cannot inject
 * headings, links or HTML into the reader's vault.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|!&~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

function articleMarkdown(view: ArticleView, level: number): string {
  const a = view.article;
  const h = '#'.repeat(level);
  const out = [`${h} ${escapeMarkdown(a.headline || '(untitled)')}`];
  if (a.subheadline) out.push(`*${escapeMarkdown(a.subheadline)}*`);
  const meta = [a.dateline, a.publishedAt, a.authors.join(', ')]
    .filter(Boolean)
    .map((m) => escapeMarkdown(m!));
  if (meta.length) out.push(meta.join(' · '));
  if (a.summary.sentences.length)
    out.push('**Key sentences**', a.summary.sentences.map((s) => `- ${escapeMarkdown(s.text)}`).join('\n'));
  if (a.summary.facts.length)
    out.push(`**Facts:** ${a.summary.facts.map((f) => escapeMarkdown(f.text)).join(' · ')}`);
  if (view.note.trim()) out.push('**Note**', quote(view.note));
  if (view.highlights.length) {
    out.push(
      '**Highlights**',
      view.highlights
        .map((hl) => quote(hl.text) + (hl.note ? `\n\n${escapeMarkdown(hl.note)}` : ''))
        .join('\n\n'),
    );
  }
  if (view.alsoOn.length)
    out.push(`Also saved from: ${view.alsoOn.map((o) => escapeMarkdown(o.site)).join(', ')}`);
  for (const section of a.sections) {
    if (section.heading) out.push(`${h}# ${escapeMarkdown(section.heading)}`);
    out.push(...section.paragraphs.map(escapeMarkdown));
  }
  for (const figure of a.figures)
    out.push(`*${escapeMarkdown([figure.caption, figure.credit].filter(Boolean).join(' — '))}*`);
  if (!a.sections.length && !flatParagraphs(a).length) out.push('');
  return out.join('\n\n');
}

function pageBody(view: PageView, level: number): string {
  const p = view.page;
  const out = [
    `${'#'.repeat(level)} ${escapeMarkdown(p.title || p.url)}`,
    `<${encodeURI(decodeURI(p.url))}>`,
  ];
  if (p.note.trim()) out.push(quote(p.note));
  for (const article of view.articles) out.push(articleMarkdown(article, level + 1));
  if (view.detached.length) {
    out.push(`${'#'.repeat(level + 1)} Earlier articles with notes`);
    for (const article of view.detached) out.push(articleMarkdown(article, level + 2));
  }
  return out.join('\n\n');
}

/** A file name that every desktop file system accepts. */
export function markdownFileName(date: string, title: string): string {
  const clean =
    title
      .replace(/[\\/:*?"<>|#^[\]\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'untitled';
  return `${date} ${clean}.md`;
}

export function pageToMarkdown(view: PageView): { fileName: string; markdown: string } {
  const p = view.page;
  const markdown = `${frontMatter({ title: p.title, url: p.url, site: p.site, date: p.editionDate, tags: p.tags })}\n\n${pageBody(view, 1)}\n`;
  return { fileName: markdownFileName(p.editionDate, p.title), markdown };
}

async function views(db: BulletinDatabase, pageIds: readonly number[]): Promise<PageView[]> {
  const out: PageView[] = [];
  for (const id of pageIds) {
    const view = await getPage(db, id);
    if (view) out.push(view);
  }
  return out;
}

/** One Markdown file per page; file names made unique. */
export async function exportMarkdownFiles(
  db: BulletinDatabase,
  pageIds: readonly number[],
): Promise<{ fileName: string; markdown: string }[]> {
  const used = new Map<string, number>();
  return (await views(db, pageIds)).map((view) => {
    const file = pageToMarkdown(view);
    const n = used.get(file.fileName) ?? 0;
    used.set(file.fileName, n + 1);
    return n ? { ...file, fileName: file.fileName.replace(/\.md$/, ` (${n + 1}).md`) } : file;
  });
}

/** One digest of a selection: front matter for the digest, then each page as a section. */
export async function exportMarkdownDigest(
  db: BulletinDatabase,
  pageIds: readonly number[],
  title: string,
  date: string,
): Promise<string> {
  const pages = await views(db, pageIds);
  const tags = [...new Set(pages.flatMap((v) => v.page.tags))];
  const sites = [...new Set(pages.map((v) => v.page.site))];
  const head = frontMatter({ title, url: '', site: sites.join(', '), date, tags });
  return `${head}\n\n# ${escapeMarkdown(title)}\n\n${pages.map((v) => pageBody(v, 2)).join('\n\n---\n\n')}\n`;
}
