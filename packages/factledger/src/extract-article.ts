import type { Claim } from '@factledger/core';
import { extractClaims } from '@factledger/extract';
import { readArticle } from '@factledger/parse';
import type { ArticleOptions } from './article-options.js';

export interface ExtractedArticle {
  file: string;
  published?: string;
  outlet?: string;
  claims: Claim[];
}

/** Reads one article and extracts its claims: the unit of work of a batch. */
export async function extractArticle(job: {
  file: string;
  cwd: string;
  options: ArticleOptions;
}): Promise<ExtractedArticle> {
  const doc = await readArticle(job.file, { ...job.options, cwd: job.cwd });
  const { published, outlet } = doc.metadata;
  return {
    file: job.file,
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    claims: extractClaims(doc),
  };
}
