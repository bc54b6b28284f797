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
  /** Threads that extract, this one included (default: one per core; this one alone for a handful of files). */
  concurrency?: number;
  /** Called after each article, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /** Each result carries its article's text (see `ArticleJob.withSource`). */
  withSource?: boolean;
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

/** Jobs a worker holds at once: the next is there as soon as it finishes one, with no round trip. */
const JOBS_PER_WORKER = 2;

/**
 * A worker's young generation, in MB. What a worker makes for an article dies with it, so a small
 * one costs no more collecting; V8's default (which grows to 48 MB as a run goes on, not at once)
 * made a long run's peak memory larger than a short one's by the difference.
 */
const WORKER_YOUNG_MB = 8;

/**
 * Reads and extracts many articles, on every core: parsing and extraction are independent per
 * article, so each worker thread takes the next file as soon as it is free. Results come back in
 * the order of `files` whatever order the workers finish in, so output is the same on every run.
 */
export async function extractBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchResult> {
  const articles: ExtractedArticle[] = [];
  const unread: UnreadArticle[] = [];
  for await (const result of extractInOrder(files, options)) {
    if (result.ok) {
      const { ok: _ok, ...article } = result;
      articles.push(article);
    } else unread.push({ file: result.file, error: toError(result) });
  }
  return { articles, errors: unread.map((u) => u.error), unread };
}

/**
 * The articles' results one at a time, in the order of `files`, each as soon as it and those
 * before it are done, so a caller can report on an archive as it is read. `concurrency` threads
 * extract (default: one per core): this one and `concurrency - 1` workers. This thread takes a
 * file itself whenever the next result is not in yet, so no core waits on the slowest article,
 * and at most a few results per thread wait to be taken: memory holds a window of the archive,
 * never all of it.
 */
export async function* extractInOrder(
  files: readonly string[],
  options: BatchOptions = {},
): AsyncGenerator<ArticleResult, void, undefined> {
  const cwd = options.cwd ?? process.cwd();
  const articleOptions = options.options ?? {};
  const threads = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), files.length));
  const pool = threads > 1 && files.length >= MIN_FOR_WORKERS ? new Pool(threads - 1) : undefined;
  const window = threads * 4;
  const ready = new Map<number, ArticleResult>();
  let next = 0;
  let given = 0;
  let done = 0;
  const withSource = options.withSource === true;
  const job = (k: number): ArticleJob => ({ file: files[k] as string, cwd, options: articleOptions, withSource });
  try {
    while (next < files.length) {
      while (pool && given < files.length && given - next < window && pool.hasRoom()) {
        const k = given++;
        pool.run(k, job(k), (result) => ready.set(k, result));
      }
      if (!ready.has(next)) {
        if (given < files.length && given - next < window) {
          const k = given++;
          ready.set(k, await runJob(job(k)));
        } else await pool?.settled();
        continue;
      }
      const result = ready.get(next) as ArticleResult;
      ready.delete(next++);
      options.onProgress?.(++done, files.length);
      yield result;
    }
  } finally {
    pool?.close();
  }
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

/** Worker threads that each hold up to {@link JOBS_PER_WORKER} jobs. */
class Pool {
  readonly #workers: { worker: Worker; jobs: number }[] = [];
  readonly #callbacks = new Map<number, (result: ArticleResult) => void>();
  #wake: (() => void) | undefined;
  #failure: unknown;

  constructor(size: number) {
    for (let w = 0; w < size; w++) {
      const entry = {
        worker: new Worker(workerEntry, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }),
        jobs: 0,
      };
      entry.worker.on('message', ({ k, result }: { k: number; result: ArticleResult }) => {
        entry.jobs--;
        this.#callbacks.get(k)?.(result);
        this.#callbacks.delete(k);
        this.#notify();
      });
      entry.worker.on('error', (error) => {
        this.#failure = error;
        this.#notify();
      });
      this.#workers.push(entry);
    }
  }

  hasRoom(): boolean {
    return this.#workers.some((w) => w.jobs < JOBS_PER_WORKER);
  }

  run(k: number, job: ArticleJob, done: (result: ArticleResult) => void): void {
    const entry = this.#workers.reduce((a, b) => (b.jobs < a.jobs ? b : a));
    entry.jobs++;
    this.#callbacks.set(k, done);
    entry.worker.postMessage({ k, job });
  }

  /** Resolves when a worker next finishes a job; rejects if one failed. */
  settled(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#wake = () => (this.#failure ? reject(this.#failure) : resolve());
    });
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  close(): void {
    for (const { worker } of this.#workers) void worker.terminate();
  }
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
