// Where a rule's page lives, built in one place for the rule pages, the schema, the CLI, SARIF, the Node API and
// the language server's diagnostics (the extension opens the copy it ships: client/src/ruleActions.ts).
export const DOCS_BASE_URL = 'https://github.com/plandoc/plandoc/blob/main/docs/rules/';

/** docs/rules/<id>.md, relative to the repository */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** The rule's page on the web. */
export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
