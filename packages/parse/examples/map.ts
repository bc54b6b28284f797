// Run from the repository root: node --import tsx packages/parse/examples/map.ts
import { parseArticle } from '@factledger/parse';

// Text as a PDF extraction leaves it: hard line breaks, a word hyphenated across a line, curly quotes.
const source = 'The council’s budget rose to\n$4.8 billion, a “record” for the agen-\ncy, officials said.\n';
const doc = parseArticle(source, { id: 'budget.txt' });

console.log(JSON.stringify(doc.text));
const start = doc.text.indexOf('agency');
const { position } = doc.sentences[0] ?? {};
const place = doc.map.position(start, start + 'agency'.length);
console.log(
  `"agency" is at ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} in the file`,
);
console.log(
  `sentence 1 spans ${position?.start.line}:${position?.start.column}-${position?.end.line}:${position?.end.column}`,
);
for (const repair of doc.repairs)
  console.log(`${repair.kind}: ${JSON.stringify(repair.from)} → ${JSON.stringify(repair.to)}`);
