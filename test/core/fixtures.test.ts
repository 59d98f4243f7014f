// Every fixture under test/fixtures/lint, with all rules in the fixture's profile (test/harness/fixtures.ts).
import { join } from 'node:path';
import { runFixtures } from '../harness/fixtures.js';

runFixtures({ title: 'lint fixtures', dir: join(import.meta.dirname, '../fixtures/lint') });
