/**
 * parse+extract against compromise over the same mixed corpus (Markdown, plain text and HTML), in
 * one process, interleaved: the corpus is cut into chunks and every side runs each chunk in turn (the
 * order rotating), so a shift in machine load falls on all sides alike. CPU time is the measure
 * (wall time is printed too); speeds are MB of text per CPU-second, i.e. per core.
 *
 * Baselines: compromise counting its money, percentages, numbers and dates (what it does cheapest),
 * compromise returning them with offsets and values (what we return), and a bare regex scan for
 * figures with their offsets — the ceiling no tokenizer can pass.
 */
import { extractClaims } from '@factledger/extract';
import { parseArticle } from '@factledger/parse';
import { type Article, chars } from './bench-corpus.js';

interface Side {
  name: string;
  run: (article: Article) => number;
}

// biome-ignore lint/suspicious/noExplicitAny: compromise-dates adds .dates() without types.
type Nlp = (text: string) => any;

async function sides(): Promise<Side[]> {
  const nlp = (await import('compromise')).default as unknown as Nlp & { plugin: (p: unknown) => void };
  nlp.plugin((await import('compromise-dates')).default);
  const FIGURE = /[$€£¥]?\d[\d,.]*(?:\s?(?:%|percent|million|billion|trillion))?/g;
  return [
    {
      // What `check`, `reconcile` and the remark plugin run: the figures, no tagger.
      name: 'factledger, figures reading',
      run: (a) =>
        extractClaims(parseArticle(a.text, { id: a.id, published: '2024-01-15' }), { reading: 'figures' }).length,
    },
    {
      // What `extract` runs: subjects, names and attributions too, read with compromise's tagger.
      name: 'factledger, full reading',
      run: (a) => extractClaims(parseArticle(a.text, { id: a.id, published: '2024-01-15' })).length,
    },
    {
      name: 'compromise, counts only',
      run: (a) => {
        const doc = nlp(a.text);
        return doc.money().length + doc.percentages().length + doc.numbers().length + doc.dates().length;
      },
    },
    {
      name: 'compromise, offsets and values',
      run: (a) => {
        const doc = nlp(a.text);
        const opts = { offset: true, terms: false };
        return (
          doc.money().json(opts).length +
          doc.percentages().json(opts).length +
          doc.numbers().json(opts).length +
          doc.dates().json(opts).length
        );
      },
    },
    {
      name: 'bare regex scan (ceiling)',
      run: (a) => {
        let n = 0;
        for (const m of a.text.matchAll(FIGURE)) n += m.index >= 0 ? 1 : 0;
        return n;
      },
    },
  ];
}

function chunks(articles: readonly Article[], size: number): Article[][] {
  const out: Article[][] = [[]];
  let used = 0;
  for (const a of articles) {
    if (used >= size) {
      out.push([]);
      used = 0;
    }
    (out[out.length - 1] as Article[]).push(a);
    used += a.text.length;
  }
  return out;
}

export async function benchThroughput(articles: readonly Article[], warmup: readonly Article[]): Promise<void> {
  const list = await sides();
  for (const side of list) for (const a of warmup) side.run(a);
  const totals = list.map(() => ({ cpu: 0, wall: 0, found: 0 }));
  for (const [c, chunk] of chunks(articles, 64 * 1024).entries()) {
    for (let j = 0; j < list.length; j++) {
      const s = (c + j) % list.length;
      const side = list[s] as Side;
      const cpu = process.cpuUsage();
      const wall = performance.now();
      let found = 0;
      for (const a of chunk) found += side.run(a);
      const total = totals[s] as { cpu: number; wall: number; found: number };
      total.wall += performance.now() - wall;
      const used = process.cpuUsage(cpu);
      total.cpu += (used.user + used.system) / 1000;
      total.found += found;
    }
  }
  const mb = chars(articles) / 1024 / 1024;
  const byFormat = ['md', 'txt', 'html']
    .map((f) => `${f} ${(chars(articles.filter((a) => a.id.endsWith(`.${f}`))) / 1024 / 1024).toFixed(1)}`)
    .join(', ');
  console.log(`parse+extract throughput over ${mb.toFixed(1)} MB (${byFormat} MB), interleaved in 64 KB chunks:`);
  const speed = (t: { cpu: number }) => mb / (t.cpu / 1000);
  for (const [i, side] of list.entries()) {
    const t = totals[i] as { cpu: number; wall: number; found: number };
    console.log(
      `  ${side.name.padEnd(32)} ${(t.cpu / 1000).toFixed(2).padStart(7)} s CPU ${(t.wall / 1000).toFixed(2).padStart(7)} s wall ` +
        `${speed(t).toFixed(2).padStart(6)} MB/s per core  ${t.found} found`,
    );
  }
  for (const [o, ours] of list.slice(0, 2).entries()) {
    const ratios = list
      .slice(2)
      .map(
        (side, i) =>
          `${(speed(totals[o] as { cpu: number }) / speed(totals[i + 2] as { cpu: number })).toFixed(2)}× ${side.name}`,
      )
      .join('; ');
    console.log(`  ${ours.name} (CPU) as a multiple of: ${ratios}`);
  }
}
