// Where a rule's documentation lives: docs/rules/<id>.md in the repository.
import { DOCS_BASE_URL } from '../core/docs/generate.js';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
