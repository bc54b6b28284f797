import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FactledgerError } from '@factledger/core';
import {
  type ArticleJob,
  type ArticleOptions,
  type ArticleResult,
  type ExtractedArticle,
  runJob,
} from './extract-article.js';

export interface BatchOptions {
  /** Where relative paths are read from (default: the working directory). */
  cwd?: string;
  /** Publication date for articles that state none, and the largest article read. */
  options?: ArticleOptions;
  /** Worker threads to use (default: one per core, and none for a handful of files). */
  concurrency?: number;
  /** Called after each article, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

export interface BatchResult {
  articles: ExtractedArticle[];
  /** One per article that could not be read: the others carry on. */
  errors: FactledgerError[];
  /** The same errors with the article each is about, named as in `files` (an error may name a sidecar). */
  unread: UnreadArticle[];
}

export interface UnreadArticle {
  file: string;
  error: FactledgerError;
}

/** Below this many articles, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 8;

/**
 * Reads and extracts many articles, on every core: parsing and extraction are independent per
 * article, so each worker thread takes the next file as soon as it is free. Results come back in
 * the order of `files` whatever order the workers finish in, so output is the same on every run.
 */
export async function extractBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchResult> {
  const batch: Required<Pick<BatchOptions, 'cwd' | 'options'>> & BatchOptions = {
    ...options,
    cwd: options.cwd ?? process.cwd(),
    options: options.options ?? {},
  };
  const concurrency = Math.max(
    1,
    Math.min(batch.concurrency ?? availableParallelism(), files.length < MIN_FOR_WORKERS ? 1 : files.length),
  );
  const results: ArticleResult[] = new Array(files.length);
  let done = 0;
  const finish = (k: number, result: ArticleResult) => {
    results[k] = result;
    batch.onProgress?.(++done, files.length);
  };
  if (concurrency === 1) {
    for (const [k, file] of files.entries()) finish(k, await runJob({ file, cwd: batch.cwd, options: batch.options }));
  } else {
    await inWorkers(files, batch, concurrency, finish);
  }
  const articles: ExtractedArticle[] = [];
  const unread: UnreadArticle[] = [];
  for (const result of results) {
    if (result.ok) {
      const { ok: _ok, ...article } = result;
      articles.push(article);
    } else unread.push({ file: result.file, error: toError(result) });
  }
  return { articles, errors: unread.map((u) => u.error), unread };
}

// The worker runs from source under tsx in a checkout and from compiled JavaScript when published.
// Loader hooks are per thread: a worker started from source registers tsx first, then loads the worker.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
const workerEntry = fromSource
  ? new URL(
      `data:text/javascript,${encodeURIComponent(
        `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(workerUrl.href)});`,
      )}`,
    )
  : workerUrl;

function inWorkers(
  files: readonly string[],
  batch: Required<Pick<BatchOptions, 'cwd' | 'options'>>,
  concurrency: number,
  finish: (k: number, result: ArticleResult) => void,
): Promise<void> {
  return new Promise((resolveAll, rejectAll) => {
    let next = 0;
    let running = 0;
    const workers: Worker[] = [];
    const stop = () => {
      for (const w of workers) void w.terminate();
    };
    const feed = (worker: Worker) => {
      if (next >= files.length) {
        if (running === 0) {
          stop();
          resolveAll();
        }
        return;
      }
      const k = next++;
      running++;
      worker.once('message', (result: ArticleResult) => {
        running--;
        finish(k, result);
        feed(worker);
      });
      worker.postMessage({ file: files[k] as string, cwd: batch.cwd, options: batch.options } satisfies ArticleJob);
    };
    for (let w = 0; w < concurrency; w++) {
      const worker = new Worker(workerEntry);
      worker.on('error', (error) => {
        stop();
        rejectAll(error);
      });
      workers.push(worker);
      feed(worker);
    }
  });
}

export function toError(result: Extract<ArticleResult, { ok: false }>): FactledgerError {
  const { error } = result;
  if (error.code === 'internal') {
    // A bug in a worker, not the user's mistake: rethrown so the CLI reports it as one.
    throw new Error(`while reading ${result.file}: ${error.message}`);
  }
  return new FactledgerError(error.code, error.message, {
    file: error.file ?? result.file,
    position: error.position,
    hint: error.hint,
  });
}
