// "Copy as Markdown": the digest on screen as Markdown the reader pastes into notes.
import type { ReaderLayer } from '../messages';
import type { Article, Bulletin, FactKind } from '../model';

/** Page text cannot start Markdown structure or links by accident: escape what Markdown reads as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function articleMeta(article: Article, fallbackDate?: string): string {
  const date = (article.publishedAt ?? fallbackDate)?.slice(0, 10);
  return [article.dateline, date, article.authors.join(' ')]
    .filter((part) => part && part.trim())
    .join(' · ');
}

export interface MarkdownLabels {
  keySentences: string;
  facts: string;
  keywords: string;
  note: string;
  tags: string;
  factKinds: Record<FactKind, string>;
}

export function bulletinToMarkdown(bulletin: Bulletin, layer: ReaderLayer, labels: MarkdownLabels): string {
  const lines: string[] = [
    `# ${escapeMarkdown(bulletin.title || bulletin.url)}`,
    '',
    `<${bulletin.url}>`,
    '',
  ];
  if (layer.tags.length)
    lines.push(`${labels.tags}: ${layer.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`, '');
  if (layer.pageNote.trim()) lines.push(`> ${labels.note}: ${escapeMarkdown(layer.pageNote)}`, '');
  for (const article of bulletin.articles) {
    lines.push(`## ${escapeMarkdown(article.headline)}`, '');
    if (article.subheadline) lines.push(`*${escapeMarkdown(article.subheadline)}*`, '');
    const meta = articleMeta(article, bulletin.publishedAt);
    if (meta) lines.push(escapeMarkdown(meta), '');
    const { sentences, facts, keywords } = article.summary;
    if (sentences.length) {
      lines.push(
        `### ${labels.keySentences}`,
        '',
        ...sentences.map((s) => `- ${escapeMarkdown(s.text)}`),
        '',
      );
    }
    if (facts.length) {
      lines.push(`### ${labels.facts}`, '');
      for (const [kind, group] of groupFacts(facts)) {
        lines.push(`- ${labels.factKinds[kind]}: ${group.map((f) => escapeMarkdown(f.text)).join(', ')}`);
      }
      lines.push('');
    }
    if (keywords.length) lines.push(`${labels.keywords}: ${keywords.map(escapeMarkdown).join(', ')}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const FACT_ORDER: FactKind[] = ['date', 'place', 'org', 'person', 'number', 'quote'];

/** Facts grouped by kind in a fixed order, duplicates (same kind and text) dropped. */
export function groupFacts<F extends { kind: FactKind; text: string }>(facts: F[]): [FactKind, F[]][] {
  const groups = new Map<FactKind, F[]>();
  for (const fact of facts) {
    const group = groups.get(fact.kind) ?? [];
    if (!group.some((f) => f.text === fact.text)) group.push(fact);
    groups.set(fact.kind, group);
  }
  return FACT_ORDER.filter((kind) => groups.has(kind)).map((kind) => [kind, groups.get(kind)!]);
}
