// From one page scan to a kind: bulletin (several stories), article (one), listing (an index of links),
// other. Each signal is named so tests and the debug view can see why.
import type { Detection, PageKind } from '../model';
import * as C from './constants';
import { isReadableSample } from './readable';
import type { Line, PageScan } from './scan';

export interface PageHints {
  /** schema.org @type values and og:type. */
  types: string[];
  title: string;
  url?: string;
}

interface Tally {
  prose: number;
  proseWeight: number;
  credits: number;
  datelines: number;
  runs: number;
}

export function classify(scan: PageScan, hints: PageHints): Detection {
  const signals: string[] = [];
  const tally = tallyLines(scan.lines);
  const articleTyped = hints.types.some((t) => C.ARTICLE_TYPES.test(t));
  const listingTyped = hints.types.some((t) => C.LISTING_TYPES.test(t));
  const epaper = C.PAGE_LABEL.test(hints.title) || (!!hints.url && C.EPAPER_URL.test(hints.url));
  const epaperStory = !!hints.url && C.EPAPER_STORY_URL.test(hints.url);
  const bulletinTitle = C.BULLETIN_TITLE.test(hints.title);
  const linkShare = scan.totalWeight ? scan.linkWeight / scan.totalWeight : 0;

  for (const t of hints.types) signals.push(`type:${t}`);
  if (scan.stories) signals.push(`articles:${scan.stories}`);
  if (tally.runs) signals.push(`headline-runs:${tally.runs}`);
  if (tally.credits) signals.push(`credits:${tally.credits}`);
  if (tally.datelines) signals.push(`datelines:${tally.datelines}`);
  if (tally.prose) signals.push(`prose:${tally.prose}`);
  signals.push(`link-share:${linkShare.toFixed(2)}`);
  if (epaper) signals.push('epaper');
  if (epaperStory) signals.push('epaper-story-url');
  if (bulletinTitle) signals.push('bulletin-title');

  const decide = (kind: PageKind, score: number): Detection => ({
    kind,
    score: Math.round(Math.max(0, Math.min(1, score)) * 100) / 100,
    signals,
  });

  const hasArticleText = tally.prose >= C.ARTICLE_MIN_PROSE || tally.proseWeight >= C.ARTICLE_MIN_CHARS;
  // Several stories: separate <article>s, or several closing credits/datelines, each with its own headline.
  const [largest = 0, second = 0] = scan.storyWeights.toSorted((a, b) => b - a);
  const oneMainStory = articleTyped && largest >= second * C.MAIN_STORY_DOMINANCE;
  if (oneMainStory && scan.stories >= 2) signals.push('main-story-dominates');
  const markedStories = scan.stories >= 2 && !oneMainStory ? scan.stories : 0;
  const creditedStories = Math.min(Math.max(tally.credits, tally.datelines), tally.runs || Infinity);
  const stories = Math.max(
    markedStories,
    creditedStories >= 2 ? creditedStories : 0,
    epaper && !epaperStory && tally.runs >= 3 ? tally.runs : 0,
    // A bulletin's title and headlines each followed by prose: its items, even without credits.
    bulletinTitle && tally.runs >= 2 ? tally.runs : 0,
  );
  if (stories >= 2 && hasArticleText) {
    let score = 0.55 + Math.min(0.3, stories * 0.05);
    if (markedStories >= 2) score += 0.1;
    if (epaper) score += 0.1;
    if (articleTyped && !markedStories) score -= 0.2;
    return decide('bulletin', score);
  }
  const listingLinks = scan.headlineLinks >= C.LISTING_MIN_LINKS;
  if (
    listingLinks &&
    (listingTyped || linkShare >= C.LISTING_LINK_DENSITY) &&
    tally.prose < C.ARTICLE_MIN_PROSE
  ) {
    return decide('listing', 0.5 + Math.min(0.4, linkShare / 2) + (listingTyped ? 0.1 : 0));
  }
  if (hasArticleText) {
    let score = 0.55 + Math.min(0.25, tally.prose * 0.02);
    if (articleTyped) score += 0.2;
    if (linkShare > C.LISTING_LINK_DENSITY) score -= 0.2;
    return decide('article', score);
  }
  if (articleTyped && tally.prose > 0) return decide('article', 0.7);
  if (listingLinks) return decide('listing', 0.4 + Math.min(0.3, linkShare / 2));
  if (articleTyped) return decide('article', 0.4);
  return decide('other', 0.5);
}

function isProse(line: Line): boolean {
  return (
    line.weight >= C.PROSE_MIN_CHARS &&
    line.linkWeight <= line.weight * C.PROSE_MAX_LINK_DENSITY &&
    C.CLAUSE_MARK.test(line.text) &&
    isReadableSample(line.text, C.QUALITY_SAMPLE_CHARS)
  );
}

function isHeadlineLike(line: Line): boolean {
  if (line.figure || line.linkWeight > line.weight / 2) return false;
  if (line.weight < C.HEADLINE_MIN_CHARS || line.weight > C.HEADLINE_MAX_CHARS) return false;
  return line.heading > 0 || !C.SENTENCE_END.test(line.text);
}

/** Counts prose, credits, datelines, and headline runs (a headline followed by prose) at the top heading rank. */
function tallyLines(lines: Line[]): Tally {
  const tally: Tally = { prose: 0, proseWeight: 0, credits: 0, datelines: 0, runs: 0 };
  // Headline runs: a headline-like line, then at least RUN_MIN_PROSE prose lines before the next one.
  const runLevels: number[] = [];
  let pendingLevel = -1;
  let proseSince = 0;
  const closeRun = () => {
    if (pendingLevel >= 0 && proseSince >= C.RUN_MIN_PROSE) runLevels.push(pendingLevel);
  };
  for (const line of lines) {
    const prose = isProse(line);
    if (prose) {
      tally.prose++;
      tally.proseWeight += line.weight - line.linkWeight;
      if (C.DATELINE.test(line.text)) tally.datelines++;
    }
    if (line.weight < 200 && line.linkWeight === 0 && C.CREDIT_LINE.test(line.text)) tally.credits++;
    if (prose) proseSince++;
    else if (isHeadlineLike(line)) {
      closeRun();
      // Plain lines rank below every heading level; headings keep their own rank.
      pendingLevel = line.heading || 7;
      proseSince = 0;
    }
  }
  closeRun();
  if (runLevels.length) {
    const top = Math.min(...runLevels);
    tally.runs = runLevels.filter((level) => level === top).length;
  }
  return tally;
}
