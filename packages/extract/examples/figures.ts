// Run from the repository root: node --import tsx packages/extract/examples/figures.ts
import { extractClaims } from '@factledger/extract';

const text =
  "Under last year's budget the city spent about $870 million. The mayor first asked for $4.2 billion a year, " +
  'a five-fold increase, before settling on 1.1 trillion won ($950 million).';

for (const claim of extractClaims(text, { published: '2020-01-24' })) {
  const { line, column } = claim.position.start;
  const unit = claim.unit ? ` ${claim.unit}` : '';
  console.log(
    `${line}:${column} ${claim.kind} ${JSON.stringify(claim.text)} → ${claim.value}${unit} (hedge ${claim.hedge})`,
  );
}
