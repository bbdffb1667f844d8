import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { examples, TRAINING } from '../../scripts/safety-train.ts';
import { trainModel } from '../../src/lib/search/safety-train.ts';

// The learned score is trained from the safety set, content/safety.yaml's recognition, the search's query set
// and the catalogue: a change to any of them without `npm run safety:train` would publish a model of old data.
// Training is deterministic, so the committed file must be exactly what training gives today (~10 s of CPU).
it('content/safety-model.json is the model its training data gives today', () => {
  const committed: unknown = JSON.parse(readFileSync(new URL('../../content/safety-model.json', import.meta.url), 'utf8'));
  const trained: unknown = JSON.parse(JSON.stringify(trainModel(examples().map((e) => e.example), TRAINING)));
  expect(trained, 'content/safety-model.json is older than what it is trained from: run npm run safety:train and commit it').toEqual(committed);
}, 120_000);
