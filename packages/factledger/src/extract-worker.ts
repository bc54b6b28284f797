// One worker of the batch pool: reads and extracts the articles it is sent, one message each.
import { parentPort } from 'node:worker_threads';
import { type ArticleJob, runJob } from './extract-article.js';

parentPort?.on('message', async (job: ArticleJob) => {
  parentPort?.postMessage(await runJob(job));
});
