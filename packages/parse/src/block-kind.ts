import type { BlockKind } from '@factledger/core';

/**
 * Block kinds by the shape of the text, for every format (markup hints such as
 * `<h2>` or `<figcaption>` come first). The phrases below are the furniture of
 * news sites and wire copy — calls to subscribe or share, photo credits, end
 * marks — never topic words. Only short blocks are tested: a body paragraph
 * that mentions a newsletter is still body.
 */
const SHORT = 300;

const BOILERPLATE: RegExp[] = [
  /\b(?:subscribe|subscription|sign up|sign in|log in|newsletters?|click here|advertisement|sponsored content)\b/i,
  /\ball rights reserved\b/i,
  /(?:©|\(c\) ?(?:19|20)\d{2}|\bcopyright (?:©|\(c\) ?)?(?:19|20)\d{2})/i,
  /^(?:story continues|continue reading|read more|related(?: articles| stories| coverage)?|more from \S+|recommended|most read|trending|send feedback|feedback|how can we improve\??|thanks for your feedback!?|go to (?:contents|navigation)|skip to \w+(?: \w+)?|back to top|exit mobile version|share(?: this(?: article| story)?)?|print|e-?mail|tweet|comments?|keywords|tags|topics|menu|search|home(?: top)?|top|close|next|previous|advertisement)[.!:]?(?: (?:go to|skip to) \w+(?: \w+)?)*$/i,
  /^[^\s@]+@(?:[^\s@.]+\.)+[a-z]{2,}$/i,
  /^(?:\(END\)|-30-|#{3}|\[END\]|END)$/,
  /^(?:https?:\/\/|www\.)\S+$/i,
];

const CAPTION: RegExp[] = [
  /^\(?(?:photo(?:graph)?s?|pictures?|images?|credit|file photo|video|illustration)\s*(?:credit)?\s*(?::|by\b)/i,
  /\bin this (?:file )?(?:photo|picture|image)\b/i,
  /\((?:file )?photo\b[^()]*\)/i,
  /\b(?:photo|picture|image) (?:provided|courtesy|taken) by\b/i,
  // A credit in parentheses at the end: `(Jane Doe/AFP/Getty Images)`.
  /\((?:[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*)*\/)+[\p{Lu}][\p{L}.' -]*\)\s*$/u,
  /^courtesy of\b/i,
];

const WORDS = /\S+/g;

export interface BlockFacts {
  text: string;
  /** The kind the markup states, if any. */
  hint: BlockKind | undefined;
  /** Plain text: the block is one or two lines of its own (a title may wrap once), so it may be a title. */
  standaloneLine: boolean;
}

export function blockKind({ text, hint, standaloneLine }: BlockFacts): BlockKind {
  if (hint === 'heading' || hint === 'caption' || hint === 'boilerplate') {
    // Markup can wrap furniture in a heading (`<h3>Newsletter</h3>`); the text decides then.
    if (hint !== 'boilerplate' && text.length <= SHORT && BOILERPLATE.some((re) => re.test(text))) return 'boilerplate';
    return hint;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return 'boilerplate';
  if (text.length <= SHORT) {
    if (BOILERPLATE.some((re) => re.test(text))) return 'boilerplate';
    if (CAPTION.some((re) => re.test(text))) return 'caption';
  }
  if (standaloneLine && isTitleLike(text)) return 'heading';
  return 'body';
}

/**
 * A short line that does not end like a sentence and starts like a title: a
 * headline, a section label, a timestamp line.
 */
function isTitleLike(text: string): boolean {
  if (text.length > 150) return false;
  const words = text.match(WORDS)?.length ?? 0;
  if (words > 20) return false;
  if (/[.,;:!]["')\]]*$/.test(text)) return false;
  return /^["'(]?[\p{Lu}\p{N}]/u.test(text);
}
