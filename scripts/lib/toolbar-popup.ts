// The real toolbar popup, timed as a reader meets it: the toolbar icon clicked on a page, Chromium's own
// popup view opened for it, and the popup's first-render mark read from that view.
//
// The popup opens before any tool can put a script into it, so it is read after the fact through a DevTools
// session of its own. Playwright does not list extension popups as pages, and its browser session can only
// reach another target through the older, non-flat protocol (Target.sendMessageToTarget).
import type { Page } from 'playwright-core';
import { POPUP_FIRST_RENDER_MARK } from '../../lib/popup/first-render';
import type { ExtensionBrowser } from './chromium';

export interface ToolbarPopupOpening {
  /** From the popup's navigation start to its first render (the popup's own User Timing mark). */
  firstRenderMs: number;
  /** The popup root's data-state once it left `working`. */
  state: string;
}

/**
 * How long the popup is left alone before its DevTools session attaches: attaching and asking make work in
 * the popup's renderer, which must not fall into the load being timed (a first render takes 60–150 ms here).
 */
const UNTOUCHED_MS = 1_000;
/** How often the open popup is then asked whether it has settled. */
const POLL_MS = 20;
const SETTLE_TIMEOUT_MS = 30_000;
const READ_TIMEOUT_MS = 2_000;

/** Runtime.evaluate's reply, as the popup's session sends it back. */
interface EvaluateReply {
  result?: { result?: { value?: string } };
}

interface PopupReading {
  firstRender?: number;
  state?: string | null;
}

const READ_POPUP = `JSON.stringify({
  firstRender: performance.getEntriesByName(${JSON.stringify(POPUP_FIRST_RENDER_MARK)})[0]?.startTime,
  state: document.querySelector('#app > [data-state]')?.getAttribute('data-state'),
})`;

/** Opens the popup for `page` with a click on the toolbar icon, waits until it has settled, and closes it. */
export async function openToolbarPopup(browser: ExtensionBrowser, page: Page): Promise<ToolbarPopupOpening> {
  const session = browser.browserSession;
  const targetId = await browser.triggerAction(page);
  if (!targetId) throw new Error('the toolbar click opened no popup');
  let nextId = 1;
  let popupSession: string | undefined;
  const replies = new Map<number, (reply: EvaluateReply) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    // Another target's session (a test's own) may number its messages the same way.
    if (event.sessionId !== popupSession) return;
    const reply = JSON.parse(event.message) as EvaluateReply & { id?: number };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  };
  session.on('Target.receivedMessageFromTarget', onMessage);
  try {
    await new Promise((done) => setTimeout(done, UNTOUCHED_MS));
    const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
    popupSession = sessionId;
    const read = async (): Promise<PopupReading> => {
      const id = nextId++;
      const reply = new Promise<EvaluateReply>((done) => replies.set(id, done));
      const message = {
        id,
        method: 'Runtime.evaluate',
        params: { expression: READ_POPUP, returnByValue: true },
      };
      await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
      // A reply lost to the popup's own navigation is read again at the next poll.
      const timeout = new Promise<undefined>((done) => setTimeout(done, READ_TIMEOUT_MS));
      const value = (await Promise.race([reply, timeout]))?.result?.result?.value;
      replies.delete(id);
      return value ? (JSON.parse(value) as PopupReading) : {};
    };
    const started = Date.now();
    for (;;) {
      const reading = await read();
      if (reading.state && reading.state !== 'working') {
        if (reading.firstRender === undefined)
          throw new Error('the popup rendered without its first-render mark');
        return { firstRenderMs: reading.firstRender, state: reading.state };
      }
      if (Date.now() - started > SETTLE_TIMEOUT_MS) throw new Error('the toolbar popup did not settle');
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  } finally {
    session.off('Target.receivedMessageFromTarget', onMessage);
    await session.send('Target.closeTarget', { targetId }).catch(() => undefined);
  }
}
