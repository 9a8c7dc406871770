import type { FactKind } from '../../model';

/** A fact found in one sentence, with its span in that sentence (for overlap and order). */
export interface FactCandidate {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  value?: string;
}

export interface DateContext {
  /** The page or article date (ISO); relative and year-less dates are resolved against it. */
  publishedAt?: Date;
}
