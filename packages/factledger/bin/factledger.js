#!/usr/bin/env node
// Published entry: runs the compiled CLI. From a checkout, `pnpm factledger` runs src/bin.ts instead.
import '../dist/bin.js';
