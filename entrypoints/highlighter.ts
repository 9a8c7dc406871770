// Injected the first time a reader clicks a key sentence in a tab (lib/extension/tabs): the sentence
// highlighter is kept out of the content script, which every request injects and which must stay small.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installHighlighter } from '@/lib/content/highlight';

export default defineUnlistedScript(() => {
  try {
    installHighlighter(globalThis, () => document.body ?? document.documentElement);
  } catch (error) {
    // Never throw into the page.
    console.debug('Bulletin Digest: highlighter stopped', error);
  }
});
