// Format name → formatter. Each lives in its own module and only the chosen one is loaded (start-up time).
import type { LintFormat } from '../args.js';
import type { Formatter } from './types.js';

export async function loadFormatter(format: LintFormat): Promise<Formatter> {
  switch (format) {
    case 'stylish': return (await import('./stylish.js')).stylish;
    case 'json': return (await import('./json.js')).json;
    case 'sarif': return (await import('./sarif.js')).sarif;
    case 'github': return (await import('./github.js')).github;
    case 'junit': return (await import('./junit.js')).junit;
    case 'checkstyle': return (await import('./checkstyle.js')).checkstyle;
  }
}
