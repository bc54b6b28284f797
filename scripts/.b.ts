import { benchThreads } from './bench-archive.js';
import { corpus } from './bench-corpus.js';
import { benchThroughput } from './bench-throughput.js';

benchThreads();
await benchThroughput(corpus(2), corpus(0.2));
