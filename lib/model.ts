// The one place for the data types shared by every stage (detect → extract → summarize → store → UI).

export type PageKind = 'bulletin' | 'article' | 'listing' | 'other';

export interface Detection {
  kind: PageKind;
  /** 0..1, how sure the classifier is of `kind`. */
  score: number;
  /** Names of the signals that fired, for debugging and tests (e.g. `jsonld:NewsArticle`, `headlines:4`). */
  signals: string[];
}

export interface Figure {
  caption: string;
  credit?: string;
  src?: string;
}

export interface Section {
  heading?: string;
  paragraphs: string[];
}

export type FactKind = 'number' | 'date' | 'place' | 'org' | 'person' | 'quote';

export interface Fact {
  kind: FactKind;
  text: string;
  /** Index into Summary.sentences' source sentence list (all sentences of the article, in order). */
  sentence: number;
  /** ISO value where one follows (dates made absolute from the page date). */
  value?: string;
}

export interface KeySentence {
  text: string;
  /** Index of the paragraph (over all sections, flattened) the sentence comes from. */
  paragraph: number;
  score: number;
}

export interface Summary {
  sentences: KeySentence[];
  facts: Fact[];
  keywords: string[];
}

export interface Article {
  /** Stable: hash of headline + first paragraph. */
  id: string;
  headline: string;
  subheadline?: string;
  dateline?: string;
  publishedAt?: string;
  authors: string[];
  sections: Section[];
  figures: Figure[];
  summary: Summary;
}

export interface Bulletin {
  url: string;
  canonicalUrl: string;
  title: string;
  siteName?: string;
  lang: string;
  publishedAt?: string;
  detection: Detection;
  articles: Article[];
  contentHash: string;
  /** Set when the page was cut short by the time or size budget: the reader is told. */
  truncated?: boolean;
}

export const EMPTY_SUMMARY: Summary = Object.freeze({ sentences: [], facts: [], keywords: [] }) as Summary;
