// One worker of the batch pool: reads and extracts the articles it is sent, one message each. A
// worker holds more than one job at a time, so each result carries the number of its job.
import { parentPort } from 'node:worker_threads';
import { type ArticleJob, runJob } from './extract-article.js';

parentPort?.on('message', async ({ k, job }: { k: number; job: ArticleJob }) => {
  parentPort?.postMessage({ k, result: await runJob(job) });
});
