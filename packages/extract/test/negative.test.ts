import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './helpers.js';

// Text that must yield no figure: numbers that name or identify rather than state a quantity.
const NOT_CLAIMS = [
  'The trail climbs 13 km (8.1 mi) to a lake 25 kilometres away.',
  'A 10-mile race at 30 °C, with 0.5 g of sugar and rain of 20 mm a year.',
  'A magnitude 6.1 tremor shook the port; a 5.8 Mw aftershock followed.',
  'The council cited Ordinance (CO) 48213 and ticket 55512871.',
  'Under the Clean Water Act of 1972 and the Treaty of 1818 the port stayed open.',
  'The F-35 and the Boeing 737 flew past.',
  'COVID-19 changed everything.',
  'Executive Order 13959 was signed.',
  'Article 5 of the treaty was invoked.',
  'They drove on Route 66.',
  'Leaders met at the G7 summit.',
  'Call 555-123-4567 for help.',
  'See page 12 for details.[7]',
  'He lives at 1600 Pennsylvania Avenue.',
  'The K1A2 tank fired.',
  'The meeting starts at 09:00.',
  'No one came, and one of them left.',
  'Safety is the number one priority of the port.',
  // A sentence that ends on a word that would open a date (early, late, mid, the end of).
  '# Election called early',
  'The vote came late. It was held in mid',
  'Nobody knew the end of',
  'Version 2 is out; see No. 5.',
];

for (const text of NOT_CLAIMS) {
  test(`no claim in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(
      claimsOf(text).map((c) => c.text),
      [],
    );
  });
}

test('a year inside a noun phrase is still a date', () => {
  assert.deepEqual(
    claimsOf('It has been a priority since the 2016 campaign.').map((c) => [c.kind, c.value]),
    [['date', '2016']],
  );
});

test('a year after a possessive or a capitalised function word is a date, not part of a name', () => {
  assert.deepEqual(
    claimsOf("The plan raises the Council's 2025 budget. <p>The 2026 season opens soon.</p>").map((c) => [
      c.kind,
      c.value,
    ]),
    [
      ['date', '2025'],
      ['date', '2026'],
    ],
  );
  assert.deepEqual(
    claimsOf("Staff at Acme's plant use the Office 365 suite and fly the Airbus 320.").map((c) => c.text),
    [],
  );
});

test('a year after `of` is a date unless it names a law or document', () => {
  assert.deepEqual(
    claimsOf('Rules set under the agreement of 2019 replaced the Harbour Act of 1950.').map((c) => [c.kind, c.text]),
    [['date', '2019']],
  );
});

test('a code of five or more bare digits is no count; a quantity that long has separators', () => {
  assert.deepEqual(
    claimsOf('Permit 48213 let 12,500 fans in.').map((c) => [c.kind, c.text]),
    [['count', '12,500']],
  );
});

test('a count next to a measure stays a count', () => {
  assert.deepEqual(
    claimsOf('The 12 km route drew 4,500 runners.').map((c) => [c.kind, c.text]),
    [['count', '4,500']],
  );
});

test('a four-digit count before a plural noun is a count, not a year', () => {
  assert.deepEqual(
    claimsOf('The firm hired 1500 workers.').map((c) => [c.kind, c.value]),
    [['count', 1500]],
  );
});

test('numbers hyphenated onto codes are not counts', () => {
  assert.deepEqual(
    claimsOf('The report GAO-24-105123 cites Public Law 117-58.').map((c) => c.text),
    [],
  );
});

test('an age is not a figure', () => {
  assert.deepEqual(
    claimsOf('A 45-year-old man was arrested.').map((c) => c.text),
    [],
  );
});

test('`the two sides` points back at things already named: no count', () => {
  assert.deepEqual(
    claimsOf('The two sides met, and the three countries agreed; two officials stayed.').map((c) => c.text),
    ['two'],
  );
});

test('a label glued to its value by a scraped table is split off; codes and currency prefixes are not', () => {
  const table = 'Founded4 March 1911\nMembers12,400 households\n| Budget2,500,000 |';
  assert.deepEqual(
    claimsOf(table).map((c) => [c.kind, c.text, c.value]),
    [
      ['date', '4 March 1911', '1911-03-04'],
      ['count', '12,400', 12400],
      ['count', '2,500,000', 2500000],
    ],
  );
  const codes = 'COVID19 slowed the G7 and the F35 line.\nThe Vision2030 plan met at 3pm.';
  assert.deepEqual(
    claimsOf(codes).map((c) => c.text),
    [],
  );
  assert.deepEqual(
    claimsOf('Fees were A$5 million and US$3 million.').map((c) => [c.text, c.unit]),
    [
      ['A$5 million', 'AUD'],
      ['US$3 million', 'USD'],
    ],
  );
});

test('a label numbers with plain digits; thousands separators make a quantity', () => {
  assert.deepEqual(
    claimsOf('The shop sells size 12 boots to a club of size 1,240 members.').map((c) => c.text),
    ['1,240'],
  );
});

test('a figure quoted with straight quotes is found with its hedge; feet and inches marks still are not counts', () => {
  assert.deepEqual(
    claimsOf('The coach said "nearly 300" fans travelled, and \'about 40\' stayed.').map((c) => [c.text, c.hedge]),
    [
      ['300', 'nearly'],
      ['40', 'about'],
    ],
  );
  assert.deepEqual(
    claimsOf('The centre is 6\'2" tall and the screen is 40" wide.').map((c) => c.text),
    [],
  );
});
