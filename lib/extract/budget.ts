// One clock and node budget per extract() call, shared by every stage (region search, block walk,
// segmentation, finishing): whichever stage finds it spent stops cleanly and the bulletin is marked truncated.
import { CLOCK_CHECK_EVERY_NODES } from './constants';

/** What one walk of the page needs: its node cap, the deadline, and the clock. */
export interface WalkLimits {
  /** Nodes one walk may visit (each walk of the page counts its own). */
  readonly maxNodes: number;
  readonly deadline: number;
  readonly now: () => number;
}

export interface Budget extends WalkLimits {
  /** Set by any stage that stopped early. */
  truncated: boolean;
  /** True once the deadline has passed; marks the budget truncated. */
  overTime(): boolean;
}

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A budget of `maxMillis` from `startedAt` (by default, now) and `maxNodes` per walk. */
export function createBudget(
  maxMillis: number,
  maxNodes: number,
  clock: () => number = now,
  startedAt: number = clock(),
): Budget {
  const deadline = startedAt + maxMillis;
  return {
    maxNodes,
    deadline,
    now: clock,
    truncated: false,
    overTime() {
      if (clock() <= deadline) return false;
      this.truncated = true;
      return true;
    },
  };
}

/** A per-walk node counter: true when the walk must stop (node cap reached, or the clock read is past the deadline). */
export function walkLimit(maxNodes: number, deadline: number, clock: () => number): () => boolean {
  let visited = 0;
  return () => ++visited > maxNodes || (visited % CLOCK_CHECK_EVERY_NODES === 0 && clock() > deadline);
}
