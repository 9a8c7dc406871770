// Runs once before the end-to-end files: if the build is missing or Chromium cannot start, the whole run
// fails here with one line saying so, instead of every file failing (or, worse, skipping) on its own.
import { relative } from 'node:path';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { EXTENSION_DIR, REPO_ROOT, SCREENSHOT_DIR } from './harness';

export default async function checkBrowser(): Promise<void> {
  try {
    const probe = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    await probe.close();
  } catch (error) {
    // One line and a failing exit: vitest's own report of a failed global setup buries the reason.
    console.error(`E2E FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`End-to-end screenshots: ${relative(REPO_ROOT, SCREENSHOT_DIR)}/`);
}
