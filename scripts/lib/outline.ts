// The CLI's readable outline of a Bulletin: per article the headline, deck, dateline · date · authors,
// section heads, paragraph count and first sentence.
import type { Article, Bulletin } from '../../lib/model';

/** First sentences longer than this are cut, so one article stays a few lines. */
const FIRST_SENTENCE_MAX_CHARS = 160;

function firstSentence(article: Article): string {
  const first = article.sections.find((s) => s.paragraphs.length > 0)?.paragraphs[0] ?? '';
  const sentence = /^.*?[。!?！？]|^.*?[.!?](?=\s|$)/s.exec(first)?.[0] ?? first;
  return sentence.length > FIRST_SENTENCE_MAX_CHARS
    ? `${sentence.slice(0, FIRST_SENTENCE_MAX_CHARS)}…`
    : sentence;
}

function articleLines(article: Article, index: number): string[] {
  const lines = [`${index + 1}. ${article.headline || '(untitled)'}`];
  if (article.subheadline) lines.push(`   ${article.subheadline}`);
  const where = [article.dateline, article.publishedAt?.slice(0, 10), article.authors.join(', ')].filter(
    Boolean,
  );
  if (where.length) lines.push(`   ${where.join(' · ')}`);
  for (const section of article.sections) if (section.heading) lines.push(`   § ${section.heading}`);
  for (const figure of article.figures) {
    lines.push(`   [figure] ${figure.caption}${figure.credit ? ` (${figure.credit})` : ''}`);
  }
  const paragraphs = article.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  lines.push(`   ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} · ${firstSentence(article)}`);
  return lines;
}

export function outline(source: string, bulletin: Bulletin): string {
  const { detection, articles } = bulletin;
  const header = [
    `# ${source}`,
    `${detection.kind} (${detection.score.toFixed(2)}) · ${bulletin.lang} · ${bulletin.title || '(no title)'}`,
    bulletin.truncated ? 'truncated: the page was too large to read in full' : '',
    `${articles.length} article${articles.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return [...header, ...articles.flatMap(articleLines)].join('\n');
}
