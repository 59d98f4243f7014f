// Format name → formatter. Each lives in its own module; the default one comes with the lint command, the
// others are loaded when chosen (start-up time).
import type { LintFormat } from '../args.js';
import type { Formatter } from './types.js';
import { stylish } from './stylish.js';

export async function loadFormatter(format: LintFormat): Promise<Formatter> {
  switch (format) {
    case 'stylish': return stylish;
    case 'json': return (await import('./json.js')).json;
    case 'sarif': return (await import('./sarif.js')).sarif;
    case 'github': return (await import('./github.js')).github;
    case 'junit': return (await import('./junit.js')).junit;
    case 'checkstyle': return (await import('./checkstyle.js')).checkstyle;
  }
}
