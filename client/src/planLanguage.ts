// A plain-text document detected as a plan is switched to the plandoc language
// (docs/detection.md): it then gets the [plandoc] editor defaults of package.json
// — no word-based suggestions for Enter to accept, no ambiguous-character boxes
// around （1）, word wrap — and the plandoc grammar. Markdown plans stay Markdown.
import * as vscode from 'vscode';
import type { PlanClient } from './planClient.js';
import type { ValidationPolicy } from './validation.js';

export const PLAIN_TEXT = 'plaintext';
const PLANDOC = 'plandoc';

/** documents this window switched from plain text (uri strings) */
const switched = new Set<string>();

export function isDetectedPlainTextPlan(document: vscode.TextDocument): boolean {
  return document.languageId === PLANDOC && switched.has(document.uri.toString());
}

export function registerPlanLanguage(context: vscode.ExtensionContext, plan: PlanClient, policy: ValidationPolicy): void {
  const switchIfPlan = (document: vscode.TextDocument) => {
    if (document.isClosed || document.languageId !== PLAIN_TEXT || !plan.isSynced(document)) return;
    // a document the writer turned on by hand is checked, but it is not a plan PlanDoc recognised
    if (policy.override(document) !== undefined || !policy.looksLikePlan(document)) return;
    switched.add(document.uri.toString());
    // VS Code may announce the plandoc document before it closes the plain-text one, and the close then
    // unsyncs the uri on the server: reconcile re-opens what should be checked once the switch is done
    void vscode.languages.setTextDocumentLanguage(document, PLANDOC).then(() => plan.reconcile(), () => switched.delete(document.uri.toString()));
  };
  context.subscriptions.push(
    plan.onDidChangeSync(switchIfPlan),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.languageId === PLANDOC) switched.delete(document.uri.toString());
    }),
  );
  for (const document of plan.synced.values()) switchIfPlan(document);
}
