// npm run docs: writes docs/rules/*.md, the config schema and the README rules table from rule metadata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles, renderRulesTable } from '../server/src/core/docs/generate.js';

for (const [path, content] of generatedFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
const readme = readFileSync('README.md', 'utf8');
const begin = '<!-- rules-table:begin -->';
const end = '<!-- rules-table:end -->';
const a = readme.indexOf(begin);
const b = readme.indexOf(end);
if (a >= 0 && b > a) {
  writeFileSync('README.md', readme.slice(0, a + begin.length) + '\n' + renderRulesTable() + '\n' + readme.slice(b));
}
console.log('generated rule docs, schema and README rules table');
