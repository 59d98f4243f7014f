// Every fixture under test/fixtures/time with only the time rules on (the one runner: test/harness/fixtures.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNames, runFixtures, stripExpectations } from '../harness/fixtures.js';
import { TIME_RULE_IDS, timeConfig } from './harness.js';

const DIR = join(import.meta.dirname, '../fixtures/time');

describe('time fixtures cover', () => {
  it('every time rule', () => {
    const tokens = fixtureNames(DIR).flatMap((f) => stripExpectations(readFileSync(join(DIR, f), 'utf8')).expected.map((e) => e.split(':')[1]));
    for (const id of TIME_RULE_IDS) expect(tokens).toContain(id);
  });
});

runFixtures({ title: 'time fixtures', dir: DIR, baseConfig: (profile) => timeConfig({}, profile) });
