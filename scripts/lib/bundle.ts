// One-file IIFE bundles of repository code or packages, for injecting into pages and extension pages
// (the browser benchmark and the end-to-end tests). esbuild comes with tsx.
import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles `entry` (TypeScript source, imports resolved from `root` with its tsconfig paths). */
export async function bundleIife(entry: string, root: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'injected-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0]!.text;
}
