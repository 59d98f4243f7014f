// Format name → formatter. Each lives in its own module; only the chosen one matters for a run.
import type { LintFormat } from '../args.js';
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';
import { checkstyle } from './checkstyle.js';

export const FORMATTERS: Record<LintFormat, Formatter> = { stylish, json, sarif, github, junit, checkstyle };
