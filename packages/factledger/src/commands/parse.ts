import { readArticle } from '@factledger/parse';
import { printableJson } from '@factledger/report';
import { articleOptionSpecs, articleOptions } from '../article-options.js';
import { articlesToRead } from '../articles-to-read.js';
import type { Command } from '../command.js';
import { EXIT_CLEAN } from '../context.js';
import { documentToJson, formatDocumentText } from '../format-document.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Show how articles are read: metadata, blocks, repairs, cleaned text and the map to the file',
  usage: '[options] <files, directories or globs…>',
  options: {
    ...articleOptionSpecs,
    format: { type: 'string', arg: '<format>', description: 'output format', choices: ['text', 'json'] },
  },
  async run(context, { values, positionals }) {
    const files = await articlesToRead(context, positionals, 'parse');
    const options = articleOptions(values);
    const docs = [];
    for (const file of files) docs.push(await readArticle(file, { ...options, cwd: context.cwd }));
    if (values.format === 'json') {
      const out = docs.length === 1 ? documentToJson(docs[0]!) : docs.map(documentToJson);
      context.stdout.write(`${printableJson(out)}\n`);
    } else {
      context.stdout.write(docs.map(formatDocumentText).join('\n'));
    }
    return EXIT_CLEAN;
  },
};
