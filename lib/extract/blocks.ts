// Flattens the content region into text blocks (one per paragraph-level element or `<br>`-separated
// line), keeping what segmentation needs: tag, heading level, bold, link density, caption and image flags,
// the enclosing <article>. The walk is iterative (firstChild/nextSibling pointers and a stack of the open
// elements), so 20,000 levels of nesting cannot overflow the stack, and it stops when the node or time budget
// runs out.
import {
  ARIA_HIDDEN_ATTRIBUTE,
  CLASS_ATTRIBUTE,
  HIDDEN_ATTRIBUTE,
  ID_ATTRIBUTE,
  attributesOf,
} from './attributes';
import type { WalkLimits } from './budget';
import { CLOCK_CHECK_EVERY_NODES, MAX_BLOCKS, MAX_CACHED_CLASSES, MIN_FIGURE_IMAGE_PX } from './constants';
import { ELEMENT_NODE, TEXT_NODE, classOf, type ElementTest } from './dom-walk';
import { BLOCK_CONTAINER_TAGS, NON_TEXT_TAGS, byTagName, headingLevelOf, mayHostShadow } from './html-tags';
import { remember } from './remember';
import { normalizeSpace } from './fields/text';
import { newTextFacts, readTextFacts } from './text-facts';

export interface Block {
  text: string;
  /** Lower-case tag of the paragraph-level element holding the text. */
  tag: string;
  /** 1–6 for h1–h6; 0 for other elements. */
  headingLevel: number;
  /** Every character of the text is bold (`<p><strong>…</strong></p>`): a heading on flat pages. */
  bold: boolean;
  /** Share of the text inside links. */
  linkDensity: number;
  /** Inside <figcaption> or an element whose class names a caption. */
  caption: boolean;
  /** Set on image blocks (no text): the image address. */
  imageSrc?: string;
  /** Index of the enclosing <article> element in document order, -1 outside any. */
  group: number;
  /** What the element's class/id says it is (`title`, `subtitle`, `author`, `date`). */
  hint?: BlockHint;
}

export type BlockHint = 'title' | 'subtitle' | 'author' | 'date';

export interface BlockWalk {
  blocks: Block[];
  truncated: boolean;
}

export type WalkBudget = WalkLimits;

/** Elements whose text is never shown as prose: besides code and embeds, controls and drawings. */
const INVISIBLE = new Set([...NON_TEXT_TAGS, 'BUTTON', 'INPUT', 'CANVAS', 'EMBED', 'MATH', 'OBJECT']);
/** Elements whose text forms blocks of their own; a <br> only breaks a line inside one. */
const BLOCK_TAGS = new Set([...BLOCK_CONTAINER_TAGS, 'BODY', 'HTML']);
BLOCK_TAGS.delete('BR');
const BOLD_TAGS = new Set(['B', 'STRONG']);
/** What a tag means to the walk, as bits: read once per distinct tag name, with its upper- and lower-case spellings. */
const INVISIBLE_TAG = 1;
const BLOCK_TAG = 2;
const BOLD_TAG = 4;
const LINK_TAG = 8;
const MAY_HOST_SHADOW = 16;
/** On an open element only: it opened a block of its own (so leaving it ends that block). */
const OPENED_BLOCK = 32;
/** On an open shadow host while its shadow content is walked: its own (slotted) children come next. */
const IN_SHADOW = 64;
interface TagKind {
  tag: string;
  lower: string;
  flags: number;
}
const tagKindOf = byTagName((tag): TagKind => ({
  tag,
  lower: tag.toLowerCase(),
  flags:
    (INVISIBLE.has(tag) ? INVISIBLE_TAG : 0) |
    (BLOCK_TAGS.has(tag) ? BLOCK_TAG : 0) |
    (BOLD_TAGS.has(tag) ? BOLD_TAG : 0) |
    (tag === 'A' ? LINK_TAG : 0) |
    (mayHostShadow(tag) ? MAY_HOST_SHADOW : 0),
}));
const CAPTION_CLASS =
  /caption|pic-?(?:txt|text|desc|info)|img-?(?:txt|text|desc|info)|photo-?(?:txt|desc|info)|figure-?text/i;
const HINTS: [RegExp, BlockHint][] = [
  [/sub-?title|subhead|deck|\bdek\b|-dek\b|standfirst|fu-?title|fubiaoti|yinti/i, 'subtitle'],
  [/(?:^|[\s_-])(?:title|headline|heading|biaoti)(?:$|[\s_-])/i, 'title'],
  [/author|byline|writer|reporter|zuozhe/i, 'author'],
  [/(?:^|[\s_-])(?:date|time|pubtime|pub-?date|dateline)(?:$|[\s_-])/i, 'date'],
];

interface Context {
  el: Element;
  tag: string;
  headingLevel: number;
  caption: boolean;
  group: number;
  hint?: BlockHint;
}

interface Buffer {
  text: string;
  /** Non-space characters of the text. */
  chars: number;
  boldChars: number;
  linkChars: number;
}

function hintOf(el: Element, cls: string, attributes: number): BlockHint | undefined {
  // Most elements have no id: they are looked up by the class alone, without building a string per element.
  if (!(attributes & ID_ATTRIBUTE)) return hintByClass(cls) ?? undefined;
  return hintByNames(`${cls} ${el.getAttribute('id') ?? ''}`) ?? undefined;
}

/** The hint a class-and-id string gives (null for none). */
const hintOfNames = (names: string): BlockHint | null =>
  HINTS.find(([pattern]) => pattern.test(names))?.[1] ?? null;
/** The hint remembered per class-and-id string, and per class for an element without an id (`class `). */
const hintByNames = remember(hintOfNames, MAX_CACHED_CLASSES);
const hintByClass = remember((cls) => hintOfNames(`${cls} `), MAX_CACHED_CLASSES);
const isCaptionClass = remember((cls) => CAPTION_CLASS.test(cls), MAX_CACHED_CLASSES);

function imageSource(img: Element): string | undefined {
  const src = img.getAttribute('src') || img.getAttribute('data-src') || img.getAttribute('data-original');
  if (!src || src.startsWith('data:')) return undefined;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if ((width && width < MIN_FIGURE_IMAGE_PX) || (height && height < MIN_FIGURE_IMAGE_PX)) return undefined;
  return src;
}

/** `attributes`: the element's attributesOf bits. */
function isHidden(el: Element, attributes: number): boolean {
  if (attributes & HIDDEN_ATTRIBUTE) return true;
  return (attributes & ARIA_HIDDEN_ATTRIBUTE) !== 0 && el.getAttribute('aria-hidden') === 'true';
}

/**
 * Walks `root` (minus what `skip` rejects) into blocks. The walk is written out, as detection's scan is, rather
 * than run through dom-walk's walk() with a callback per node: the open elements' flags sit on a stack, so
 * leaving an element reads neither its tag nor its parent again (the block walk was a tenth of extract).
 */
export function collectBlocks(root: Element, skip: ElementTest, budget: WalkBudget): BlockWalk {
  const blocks: Block[] = [];
  const contexts: Context[] = [];
  let buffer: Buffer = { text: '', chars: 0, boldChars: 0, linkChars: 0 };
  let boldDepth = 0;
  let linkDepth = 0;
  let groups = 0;
  let truncated = false;
  const facts = newTextFacts();

  const current = (): Context => contexts[contexts.length - 1];
  const flush = () => {
    // Only spaces gathered (the runs between tags): nothing to normalise.
    const text = buffer.chars ? normalizeSpace(buffer.text) : '';
    if (text && contexts.length) {
      const ctx = current();
      const chars = buffer.chars || 1;
      blocks.push({
        text,
        tag: ctx.tag,
        headingLevel: ctx.headingLevel,
        bold: buffer.boldChars >= chars,
        linkDensity: Math.min(1, buffer.linkChars / chars),
        caption: ctx.caption,
        group: ctx.group,
        hint: ctx.hint,
      });
    }
    buffer = { text: '', chars: 0, boldChars: 0, linkChars: 0 };
  };
  const openBlock = (el: Element, tag: string, lower: string, attributes: number) => {
    flush();
    const parent = contexts.length ? current() : undefined;
    const heading = headingLevelOf(tag);
    const cls = attributes & CLASS_ATTRIBUTE ? classOf(el) : '';
    contexts.push({
      el,
      tag: lower,
      headingLevel: heading || (parent?.headingLevel ?? 0),
      caption: tag === 'FIGCAPTION' || isCaptionClass(cls) || Boolean(parent?.caption),
      group: tag === 'ARTICLE' ? groups++ : (parent?.group ?? -1),
      hint: hintOf(el, cls, attributes) ?? parent?.hint,
    });
  };
  const addImage = (el: Element) => {
    const src = imageSource(el);
    if (!src || !contexts.length) return;
    flush();
    const { tag, headingLevel, caption, group, hint } = current();
    blocks.push({
      text: '',
      tag,
      headingLevel,
      bold: false,
      linkDensity: 0,
      caption,
      group,
      hint,
      imageSrc: src,
    });
  };
  const readText = (value: string) => {
    readTextFacts(value, facts);
    const chars = facts.visible;
    buffer.text += value;
    buffer.chars += chars;
    if (boldDepth > 0) buffer.boldChars += chars;
    if (linkDepth > 0) buffer.linkChars += chars;
  };
  /** An element entered: what its tag says, plus OPENED_BLOCK when it opened a block of its own. */
  const enter = (el: Element, kind: TagKind, attributes: number): number => {
    const flags = kind.flags;
    const opens = flags & BLOCK_TAG || el === root;
    if (opens) openBlock(el, kind.tag, kind.lower, attributes);
    if (flags & BOLD_TAG) boldDepth++;
    if (flags & LINK_TAG) linkDepth++;
    return opens ? flags | OPENED_BLOCK : flags;
  };
  const leave = (entered: number) => {
    if (entered & BOLD_TAG) boldDepth--;
    if (entered & LINK_TAG) linkDepth--;
    if (entered & OPENED_BLOCK) {
      flush();
      contexts.pop();
    }
  };

  // The elements entered and not yet left (the current node's ancestors up to the root), with what enter()
  // returned for each.
  const openElements: Element[] = [];
  const openFlags: number[] = [];
  let visited = 0;
  let node: Node = root;
  walk: for (;;) {
    if (
      ++visited > budget.maxNodes ||
      blocks.length >= MAX_BLOCKS ||
      (visited % CLOCK_CHECK_EVERY_NODES === 0 && budget.now() > budget.deadline)
    ) {
      // Close the open elements, so that what they gathered is complete for the part walked.
      while (openFlags.length) {
        openElements.pop();
        leave(openFlags.pop()!);
      }
      truncated = true;
      break;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) readText((node as Text).data);
    else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const kind = tagKindOf(el.tagName);
      const shown = !(kind.flags & INVISIBLE_TAG) && (el === root || !skip.has(el));
      const attributes = shown ? attributesOf(el) : 0;
      if (!shown || (el !== root && isHidden(el, attributes))) {
        // Left out with its subtree.
      } else if (kind.tag === 'BR') flush();
      else if (kind.tag === 'IMG') addImage(el);
      else {
        const entered = enter(el, kind, attributes);
        // The shadow content is what the page shows; the host's own children follow it.
        const shadowFirst = kind.flags & MAY_HOST_SHADOW ? (el.shadowRoot?.firstChild ?? null) : null;
        const first = shadowFirst ?? el.firstChild;
        if (first) {
          openElements.push(el);
          openFlags.push(shadowFirst ? entered | IN_SHADOW : entered);
          node = first;
          continue;
        }
        leave(entered);
      }
    }
    // On to the next sibling, or up to the nearest open element that has one, leaving those passed.
    for (;;) {
      const top = openFlags.length - 1;
      if (top < 0) break walk;
      let next = node.nextSibling;
      if (!next && openFlags[top]! & IN_SHADOW) {
        openFlags[top]! &= ~IN_SHADOW;
        next = openElements[top]!.firstChild;
      }
      if (next) {
        node = next;
        continue walk;
      }
      node = openElements.pop()!;
      leave(openFlags.pop()!);
    }
  }
  flush();
  return { blocks, truncated };
}
