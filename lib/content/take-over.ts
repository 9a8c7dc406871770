// One copy of the content script answers in a page. The extension's isolated world in a tab can outlive an
// extension reload, and a click can race the automatic injection: each new copy stops the one before it, so
// the newest code answers, and answers once. The hand-over lives in that world's own globals, which the
// page can neither see nor call (a DOM event, as WXT's content-script context uses, the page could forge).

const RUNNING_COPY = Symbol.for('bulletin-digest.content-script');

type World = { [RUNNING_COPY]?: () => void };

/** Stops the copy already running in `world` (its global object), and leaves `stop` for the next copy. */
export function takeOverFromEarlierCopy(world: object, stop: () => void): void {
  const shared = world as World;
  try {
    shared[RUNNING_COPY]?.();
  } catch {
    // A copy orphaned by an extension reload has no runtime left to unhook from.
  }
  shared[RUNNING_COPY] = stop;
}
