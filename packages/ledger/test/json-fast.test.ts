import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkLedger, type Ledger } from '../src/index.js';

// A JSON ledger is read by JSON.parse when it is valid (fast) and by the YAML parser otherwise; the
// YAML parser reads JSON too, so reading the same text as `yaml` is the reference for both.

const costSharing = fileURLToPath(new URL('../../../fixtures/cost-sharing/ledger.yaml', import.meta.url));
const asJson = JSON.stringify(parse(readFileSync(costSharing, 'utf8')), null, 2);

const view = (ledger: Ledger | undefined) =>
  ledger && {
    facts: ledger.facts.map((f) => [f.id, f.value, f.position]),
    entities: ledger.entities.map((e) => [e.id, e.position]),
  };

const both = (text: string) => ({
  json: checkLedger(text, { format: 'json', file: 'l.json' }),
  yaml: checkLedger(text, { format: 'yaml', file: 'l.json' }),
});

test('a valid JSON ledger gives the same facts, values and positions as the YAML reading of it', () => {
  for (const text of [asJson, JSON.stringify(JSON.parse(asJson)), `\uFEFF${asJson}`, asJson.replaceAll('\n', '\r\n')]) {
    const { json, yaml } = both(text);
    assert.equal(json.ok, true);
    assert.deepEqual(view(json.ledger), view(yaml.ledger));
    assert.ok(json.ledger?.facts.every((f) => f.position));
  }
});

test('an invalid JSON ledger gets the same errors, at the same places, as the YAML reading', () => {
  const data = JSON.parse(asJson);
  const cases = [
    asJson.replace('"facts"', '"facts" x'), // syntax
    asJson.replace('\n  "topic"', '\n  "topic": "again",\n  "topic"'), // a duplicate key JSON.parse would swallow
    JSON.stringify({ ...data, facts: [...data.facts, data.facts[0]] }, null, 2), // a duplicate id
    JSON.stringify({ ...data, colour: 'red' }, null, 2), // unknown property
  ];
  for (const text of cases) {
    assert.notEqual(text, asJson);
    const { json, yaml } = both(text);
    assert.equal(json.ok, false);
    assert.deepEqual(
      json.errors.map((e) => e.format()),
      yaml.errors.map((e) => e.format()),
    );
  }
});
