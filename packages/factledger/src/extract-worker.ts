// One worker of the batch pool: reads and extracts the articles it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { isFactledgerError } from '@factledger/core';
import type { ArticleJob, ArticleResult } from './batch.js';
import { extractArticle } from './extract-article.js';

parentPort?.on('message', async (job: ArticleJob) => {
  let result: ArticleResult;
  try {
    result = { ok: true, ...(await extractArticle(job)) };
  } catch (error) {
    // Errors cross the thread boundary as plain data; the pool turns them back into FactledgerErrors.
    result = isFactledgerError(error)
      ? {
          ok: false,
          file: job.file,
          error: {
            code: error.code,
            message: error.message,
            file: error.file,
            position: error.position,
            hint: error.hint,
          },
        }
      : { ok: false, file: job.file, error: { code: 'internal', message: (error as Error)?.stack ?? String(error) } };
  }
  parentPort?.postMessage(result);
});
