import type { BlockKind } from '@factledger/core';
import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { alignValue } from './align.js';
import type { Comment } from './directives.js';
import type { ArticleMetadata } from './document.js';
import { parseHtml } from './html-tree.js';
import { currencyCode } from './metadata.js';
import type { Piece, RawBlock } from './pieces.js';
import { htmlReferenceAt, type ReferenceAt } from './references.js';

/** Page furniture: never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'footer',
  'aside',
  'form',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'img',
  'video',
  'audio',
  'canvas',
  'object',
]);

/** Elements that start and end a block of text; everything else flows inline. */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

/** Elements whose text the tokenizer reads as it is, without decoding character references. */
const RAW_TEXT = new Set(['xmp', 'noembed', 'noframes', 'plaintext']);

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface HtmlResult {
  blocks: RawBlock[];
  metadata: ArticleMetadata;
  /** Every comment of the page, in source order: where directives are. */
  comments: Comment[];
}

/**
 * The article text of a saved news page: the `<article>` with the most text
 * (pages list related stories as small articles too), else `<main>`, else
 * `<body>`. Scripts, styles, navigation, footers, asides and forms are
 * dropped; a `<header>` is dropped unless the root is an `<article>`, whose own
 * header holds its headline.
 */
export function htmlBlocks(source: string, shift: number): HtmlResult {
  // parse5 keeps a byte order mark as text; parse without it and shift offsets back.
  const tree = parseHtml(shift ? source.slice(shift) : source);
  const page = indexPage(tree, shift);
  const root = pickRoot(tree, page);
  const rootIsArticle = root.type === 'element' && root.tagName === 'article';
  const blocks: RawBlock[] = [];
  let pieces: Piece[] = [];
  let hint: BlockKind | undefined;
  const finish = () => {
    if (pieces.length > 0) blocks.push(hint ? { pieces, hint } : { pieces });
    pieces = [];
  };
  const cdata = cdataSections(source);
  const decodesAt: ReferenceAt = (at) => (inside(cdata, at) ? undefined : htmlReferenceAt(source, at));
  const walk = (node: Nodes, kind: BlockKind | undefined, raw: boolean) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (pieces.length === 0) hint = kind;
      const referenceAt = raw ? undefined : decodesAt;
      const from = raw ? start + shift : referenceStart(source, start + shift, decodesAt);
      alignValue(source, from, end + shift, node.value, pieces, { markdown: false, referenceAt });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (DROPPED.has(node.tagName) || isHidden(node)) return;
      if (node.tagName === 'header' && !rootIsArticle) return;
    }
    const isBlock = node.type === 'element' && BLOCK.has(node.tagName);
    const own = node.type === 'element' ? kindOf(node) : undefined;
    if (isBlock) finish();
    const rawText = raw || (node.type === 'element' && RAW_TEXT.has(node.tagName));
    for (const child of node.children) walk(child, own ?? kind, rawText);
    if (isBlock) finish();
  };
  walk(root, undefined, false);
  finish();
  return { blocks, metadata: pageMetadata(page), comments: page.comments };
}

/**
 * `<![CDATA[…]]>` sections, as `[start, end)` pairs in order: the tokenizer reads them (in SVG and
 * MathML, the only place they are not comments) as text without references.
 */
function cdataSections(source: string): number[] {
  const sections: number[] = [];
  if (!source.includes('<![CDATA[')) return sections;
  for (const m of source.matchAll(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g)) sections.push(m.index, m.index + m[0].length);
  return sections;
}

function inside(sections: number[], at: number): boolean {
  let lo = 0;
  let hi = sections.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sections[2 * mid + 1] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < sections.length / 2 && (sections[2 * lo] as number) <= at;
}

/** The longest reference name, `&CounterClockwiseContourIntegral;`. */
const LONGEST_REFERENCE = 33;

/**
 * Where a text node really starts. parse5 starts text that opens with a reference right after
 * whitespace it ignored (`\n&copy` before `<html>`) at the reference's last character; a text node
 * never starts inside a reference, so a start inside one moves back to its `&`.
 */
function referenceStart(source: string, start: number, referenceAt: ReferenceAt): number {
  const floor = Math.max(0, start - LONGEST_REFERENCE);
  for (let k = start - 1; k >= floor; k--) {
    const c = source.charCodeAt(k);
    if (c === 38 /* & */) return (referenceAt(k)?.end ?? 0) > start ? k : start;
    if (!/[0-9A-Za-z#]/.test(source.charAt(k))) return start;
  }
  return start;
}

function kindOf(node: Element): BlockKind | undefined {
  if (HEADING.has(node.tagName)) return 'heading';
  if (node.tagName === 'figcaption') return 'caption';
  const names = [...classList(node), String(node.properties.id ?? '')].join(' ').toLowerCase();
  if (/\b(caption|credit)s?\b/.test(names)) return 'caption';
  return undefined;
}

function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

function isHidden(node: Element): boolean {
  return node.properties.hidden === true || node.properties.ariaHidden === 'true';
}

/**
 * What the page's structure says, found in one walk over the tree: a walk per CSS selector (a dozen
 * of them) was a tenth of the time an HTML article took to read.
 */
interface PageIndex {
  articles: Element[];
  main: Element | undefined;
  body: Element | undefined;
  title: Element | undefined;
  /** `<meta>` content by `property`, then by `name`; `<link rel=canonical>` href. */
  metaProperty: Map<string, string>;
  metaName: Map<string, string>;
  canonical: string | undefined;
  comments: Comment[];
}

function indexPage(tree: Root, shift: number): PageIndex {
  const index: PageIndex = {
    articles: [],
    main: undefined,
    body: undefined,
    title: undefined,
    metaProperty: new Map(),
    metaName: new Map(),
    canonical: undefined,
    comments: [],
  };
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  // The first of each in document order, as `select` would give it.
  const walk = (node: Nodes) => {
    if (node.type === 'comment') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) index.comments.push({ start: start + shift, end: end + shift });
      return;
    }
    if (node.type === 'element') {
      switch (node.tagName) {
        case 'article':
          index.articles.push(node);
          break;
        case 'main':
          index.main ??= node;
          break;
        case 'body':
          index.body ??= node;
          break;
        case 'title':
          index.title ??= node;
          break;
        case 'meta': {
          const content = text(node.properties.content);
          const property = node.properties.property;
          const name = node.properties.name;
          if (content && typeof property === 'string' && !index.metaProperty.has(property)) {
            index.metaProperty.set(property, content);
          }
          if (content && typeof name === 'string' && !index.metaName.has(name)) index.metaName.set(name, content);
          break;
        }
        case 'link': {
          const rel = node.properties.rel;
          const href = text(node.properties.href);
          if (href && Array.isArray(rel) && rel.includes('canonical')) index.canonical ??= href;
          break;
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return index;
}

function pickRoot(tree: Root, page: PageIndex): Element | Root {
  const [first, ...rest] = page.articles;
  if (first) {
    let best = first;
    let bestLength = rest.length > 0 ? toText(first).length : 0;
    for (const article of rest) {
      const length = toText(article).length;
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    return best;
  }
  return page.main ?? page.body ?? tree;
}

/** `<title>`, `article:published_time`, `og:site_name`, `currency` and the canonical link. */
function pageMetadata(page: PageIndex): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const titleText = page.title ? toText(page.title).replace(/\s+/g, ' ').trim() : '';
  if (titleText) metadata.title = titleText;
  const published = page.metaProperty.get('article:published_time') ?? page.metaName.get('article:published_time');
  if (published) metadata.published = published;
  const outlet = page.metaProperty.get('og:site_name');
  if (outlet) metadata.outlet = outlet;
  const url = page.canonical ?? page.metaProperty.get('og:url');
  if (url) metadata.url = url;
  const currency = currencyCode(page.metaName.get('currency') ?? page.metaProperty.get('currency'));
  if (currency) metadata.currency = currency;
  return metadata;
}
