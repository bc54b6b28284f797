// `node --import tsx --import ./record-loads.mjs …`: appends the URL of every module the process
// resolves to the file named by LOADS_FILE, so a test can see what a command made Node load.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url, { data: { file: process.env.LOADS_FILE } });
