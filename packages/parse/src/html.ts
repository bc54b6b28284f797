import type { BlockKind } from '@factledger/core';
import type { Element, Nodes, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { alignValue } from './align.js';
import type { ArticleMetadata } from './document.js';
import type { Piece, RawBlock } from './pieces.js';

const parser = unified().use(rehypeParse);

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

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface HtmlResult {
  blocks: RawBlock[];
  metadata: ArticleMetadata;
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
  const tree = parser.parse(shift ? source.slice(shift) : source) as Root;
  const root = pickRoot(tree);
  const rootIsArticle = root.type === 'element' && root.tagName === 'article';
  const blocks: RawBlock[] = [];
  let pieces: Piece[] = [];
  let hint: BlockKind | undefined;
  const finish = () => {
    if (pieces.length > 0) blocks.push(hint ? { pieces, hint } : { pieces });
    pieces = [];
  };
  const walk = (node: Nodes, kind: BlockKind | undefined) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (pieces.length === 0) hint = kind;
      alignValue(source, start + shift, end + shift, node.value, pieces, { breaks: false });
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
    for (const child of node.children) walk(child, own ?? kind);
    if (isBlock) finish();
  };
  walk(root, undefined);
  finish();
  return { blocks, metadata: pageMetadata(tree) };
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

function textLength(node: Element): number {
  return toText(node).length;
}

function pickRoot(tree: Root): Element | Root {
  const articles = selectAll('article', tree);
  if (articles.length > 0) {
    let best = articles[0] as Element;
    let bestLength = textLength(best);
    for (const article of articles.slice(1)) {
      const length = textLength(article);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    return best;
  }
  return select('main', tree) ?? select('body', tree) ?? tree;
}

function content(tree: Root, selector: string): string | undefined {
  const node = select(selector, tree);
  const value = node?.properties.content ?? node?.properties.href;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** `<title>`, `article:published_time`, `og:site_name` and the canonical link. */
function pageMetadata(tree: Root): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const title = select('title', tree);
  const titleText = title ? toText(title).replace(/\s+/g, ' ').trim() : '';
  if (titleText) metadata.title = titleText;
  const published =
    content(tree, 'meta[property="article:published_time"]') ?? content(tree, 'meta[name="article:published_time"]');
  if (published) metadata.published = published;
  const outlet = content(tree, 'meta[property="og:site_name"]');
  if (outlet) metadata.outlet = outlet;
  const url = content(tree, 'link[rel~="canonical"]') ?? content(tree, 'meta[property="og:url"]');
  if (url) metadata.url = url;
  return metadata;
}
