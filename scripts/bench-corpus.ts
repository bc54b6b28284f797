/**
 * The benchmark's input: every article we may read (our fixtures, and the seeds and the realworld
 * corpus when they are beside the checkout), each in all three formats the parser takes — as
 * written, and converted to Markdown (front matter, paragraphs) and HTML (a page of <p>s) — cycled
 * until the wanted size. Each format has its own path through the parser; a corpus of one format
 * would time only that one.
 */
import { basename, extname } from 'node:path';
import { corpusFiles } from './corpus-files.js';

export interface Article {
  /** A file name: its extension picks the parser's format. */
  id: string;
  text: string;
}

const SOURCES = ['fixtures', '../shared/seeds', '../shared/eval/realworld/articles'];

function originals(): Article[] {
  return corpusFiles(SOURCES, /\.(txt|md|html)$/).map(({ path, text }) => ({ id: basename(path), text }));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plain text of an article in any format, near enough for re-wrapping it in another. */
function paragraphs(article: Article): string[] {
  let text = article.text;
  // Tags are stripped whatever the extension: scraped .txt files carry HTML too.
  if (/<\/?[a-z][^>]*>/i.test(text)) {
    text = text
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/(p|h\d|li|div|tr)>/gi, '\n\n')
      .replace(/<[^>]+>/g, '');
  }
  if (extname(article.id) === '.md') text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function variants(article: Article, k: number): Article[] {
  const base = article.id.replace(/\.\w+$/, '');
  const paras = paragraphs(article);
  const md = `---\ntitle: Article ${k}\npublished: 2024-01-15\n---\n\n${paras.join('\n\n')}\n`;
  const html = `<!doctype html><html><head><title>Article ${k}</title><meta name="date" content="2024-01-15"></head><body><article>${paras
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}</article></body></html>\n`;
  return [
    article,
    { id: `${base}.v${k}.md`, text: md },
    { id: `${base}.v${k}.html`, text: html },
    { id: `${base}.v${k}.txt`, text: `${paras.join('\n\n')}\n` },
  ].filter((a, i) => i === 0 || extname(a.id) !== extname(article.id));
}

/** Articles of every format, cycled to at least `megabytes` of text. */
export function corpus(megabytes: number): Article[] {
  const all = originals().flatMap((a, k) => variants(a, k));
  const out: Article[] = [];
  let size = 0;
  for (let k = 0; size < megabytes * 1024 * 1024; k++) {
    const a = all[k % all.length] as Article;
    out.push({ id: `r${Math.floor(k / all.length)}-${a.id}`, text: a.text });
    size += a.text.length;
  }
  return out;
}

export const chars = (articles: readonly Article[]) => articles.reduce((n, a) => n + a.text.length, 0);
