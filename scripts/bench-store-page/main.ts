// Browser entry of the store benchmark: bundled and loaded by scripts/bench-store.ts into Chromium, which
// calls window.runStoreBench and reads the results back.
import { runSuite, type SuiteOptions, type SuiteResult } from './suite';
import type { CorpusDoc } from './corpus';

declare global {
  interface Window {
    runStoreBench: (docs: CorpusDoc[], options: SuiteOptions) => Promise<SuiteResult>;
    benchLog: string[];
  }
}

window.benchLog = [];
window.runStoreBench = (docs, options) =>
  runSuite(
    docs,
    options,
    (line) => window.benchLog.push(line),
    async () => (await navigator.storage.estimate()).usage,
  );
