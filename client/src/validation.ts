// Decides which documents PlanDoc checks (docs/detection.md): the `plandoc`
// language always, plain text and Markdown when they look like a plan, and
// the user's per-document override from "Toggle Validation".
import * as vscode from 'vscode';
import { isPlanText } from '../../server/src/core/detect.js';

const OVERRIDES_KEY = 'plandoc.validationOverrides';

export type Override = 'on' | 'off';

export class ValidationPolicy {
  private overrides: Record<string, Override>;
  private readonly onDidChangeEmitter = new vscode.EventEmitter<void>();
  /** fires when settings or overrides change the answer for open documents */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(private readonly state: vscode.Memento) {
    this.overrides = state.get<Record<string, Override>>(OVERRIDES_KEY, {});
  }

  /** Can the document ever be validated (its language and scheme qualify)? */
  isCandidate(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-remote') return false;
    if (document.languageId === 'plandoc') return true;
    const languages = vscode.workspace.getConfiguration('plandoc', document.uri).get<string[]>('validate', ['plandoc', 'plaintext', 'markdown']);
    return languages.includes('*') || languages.includes(document.languageId);
  }

  /** Should the document be synced to the language server now? */
  shouldValidate(document: vscode.TextDocument): boolean {
    const override = this.overrides[document.uri.toString()];
    if (override) return override === 'on' && this.isCandidate(document);
    if (!this.isCandidate(document)) return false;
    if (document.languageId === 'plandoc') return true;
    if (!vscode.workspace.getConfiguration('plandoc', document.uri).get<boolean>('detection', true)) return true;
    return this.looksLikePlan(document);
  }

  /** Does the document look like a plan (docs/detection.md), whatever the settings? */
  looksLikePlan(document: vscode.TextDocument): boolean {
    return isPlanText(document.getText());
  }

  override(document: vscode.TextDocument): Override | undefined {
    return this.overrides[document.uri.toString()];
  }

  /** Flips validation of one document, remembering the choice for the workspace. */
  async toggle(document: vscode.TextDocument, currentlyValidated: boolean): Promise<Override> {
    const next: Override = currentlyValidated ? 'off' : 'on';
    this.overrides = { ...this.overrides, [document.uri.toString()]: next };
    await this.state.update(OVERRIDES_KEY, this.overrides);
    this.onDidChangeEmitter.fire();
    return next;
  }

  settingsChanged(): void {
    this.onDidChangeEmitter.fire();
  }

  dispose(): void {
    this.onDidChangeEmitter.dispose();
  }
}
