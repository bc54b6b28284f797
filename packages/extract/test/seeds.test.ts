import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readArticle } from '@factledger/parse';
import { extractClaims } from '../src/index.js';

// The annotated real articles live beside the repository (../shared/eval); the bar is the product's:
// precision ≥ 0.97, recall ≥ 0.95, values normalised ≥ 0.95, hedges ≥ 0.95. Scored like the shared scorer:
// a prediction matches the gold claim it overlaps most, one to one; optional gold is neither right nor wrong.
const corpus = fileURLToPath(new URL('../../../../shared/eval/seeds/', import.meta.url));

interface Gold {
  article: string;
  published: string | null;
  claims: {
    start: number;
    end: number;
    kind: string;
    value: number | string;
    unit: string | null;
    hedge: string;
    required: boolean;
  }[];
}

test('extraction on the annotated seed articles meets the bar', { skip: !existsSync(corpus) }, async () => {
  let tp = 0;
  let fp = 0;
  let required = 0;
  let normalised = 0;
  let hedged = 0;
  for (const name of readdirSync(`${corpus}gold`).sort()) {
    const gold = JSON.parse(readFileSync(`${corpus}gold/${name}`, 'utf8')) as Gold;
    const doc = await readArticle(
      `${corpus}articles/${gold.article}`,
      gold.published ? { published: gold.published } : {},
    );
    const claims = extractClaims(doc);
    const pairs: [number, number, number, number][] = [];
    for (const [pi, c] of claims.entries()) {
      for (const [gi, g] of gold.claims.entries()) {
        const overlap = Math.min(c.position.end.offset ?? 0, g.end) - Math.max(c.position.start.offset ?? 0, g.start);
        if (overlap > 0) pairs.push([g.required ? 1 : 0, overlap, pi, gi]);
      }
    }
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    const usedP = new Set<number>();
    const usedG = new Map<number, number>();
    for (const [, , pi, gi] of pairs) {
      if (usedP.has(pi) || usedG.has(gi)) continue;
      usedP.add(pi);
      usedG.set(gi, pi);
    }
    // A prediction that hit optional gold is in usedP: it counts neither way.
    fp += claims.length - usedP.size;
    gold.claims.forEach((g, gi) => {
      const pi = usedG.get(gi);
      if (!g.required) return;
      required++;
      if (pi === undefined) return;
      tp++;
      const c = claims[pi];
      if (!c) return;
      const unitMatters = g.kind === 'money' || g.kind === 'percent' || g.kind === 'multiplier';
      const sameValue =
        typeof g.value === 'number'
          ? typeof c.value === 'number' && Math.abs(c.value - g.value) < 1e-9 * Math.max(1, g.value)
          : c.value === g.value;
      if (c.kind === g.kind && sameValue && (!unitMatters || c.unit === g.unit)) normalised++;
      if (c.hedge === g.hedge) hedged++;
    });
  }
  const precision = tp / (tp + fp);
  const recall = tp / required;
  assert.ok(precision >= 0.97, `precision ${precision.toFixed(3)}`);
  assert.ok(recall >= 0.95, `recall ${recall.toFixed(3)}`);
  assert.ok(normalised / tp >= 0.95, `normalised ${(normalised / tp).toFixed(3)}`);
  assert.ok(hedged / tp >= 0.95, `hedge ${(hedged / tp).toFixed(3)}`);
});
