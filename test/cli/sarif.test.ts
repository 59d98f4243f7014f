// SARIF output validated against the official SARIF 2.1.0 JSON schema (vendored from @microsoft/jest-sarif),
// on the fixture project and on the 682-regulation corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, runCli } from './helpers.js';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid with the u flag
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
}

describe('SARIF 2.1.0', () => {
  it('the schema rejects a broken log (the validator is live)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('the fixture project report is valid and points at the right lines', async () => {
    const r = await runCli(['lint', '.', '--format', 'sarif', '--no-config', '--locale', 'en'], { cwd: join(FIXTURES, 'project') });
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValid(log);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(9);
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
    // the tool section describes exactly the rules reported
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual([...new Set(run.results.map((x) => x.ruleId))].sort());
    const gap = run.results.find((x) => x.ruleId === 'numbering-sequence')!;
    expect(gap.level).toBe('error');
    expect(gap.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plan.txt');
    expect(gap.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 8, startColumn: 1 });
    // non-ASCII paths are percent-encoded URIs
    expect(run.results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === encodeURI('制度/warn-only.plan'))).toBe(true);
  });

  it('a fix shared by several results is given once; the others name its result in a property, and the log stays valid', async () => {
    // 2、 five times: five problems of one list, one renumbering fix
    const r = await runCli(['lint', '--stdin', '--format', 'sarif', '--no-config', '--locale', 'en'], { input: '2、甲\n'.repeat(5) });
    const log = JSON.parse(r.stdout) as { runs: { results: { fixes?: unknown[]; properties?: { fixSameAs?: number } }[] }[] };
    expectValid(log);
    const results = log.runs[0]!.results;
    expect(results.map((x) => (x.fixes ? 'fix' : x.properties?.fixSameAs))).toEqual(['fix', 0, 0, 0, 0]);
  });

  it.skipIf(!existsSync(CORPUS))('plandoc lint <regulations> --format sarif is valid', async () => {
    const r = await runCli(['lint', CORPUS, '--format', 'sarif', '--no-config'], { cwd: join(CORPUS, '..') });
    expect([0, 1]).toContain(r.code);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValid(log);
  }, 180_000);
});
