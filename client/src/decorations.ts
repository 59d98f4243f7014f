// Plain text has no TextMate grammar in VS Code, so markers in a plain-text
// document PlanDoc checks (one the writer turned on; a detected plan is switched
// to the plandoc language) are coloured with decorations, as the grammars colour
// them in .plan and .md: only the marker, by level, never the rest of the line.
import * as vscode from 'vscode';
import { DEFAULT_LEVELS, parseLineMarker } from './edit/markers.js';
import { headingToken, isScopeHeading } from './edit/structure.js';
import type { PlanClient } from './planClient.js';

const LEVEL_COLORS = ['plandoc.markerLevel1', 'plandoc.markerLevel2', 'plandoc.markerLevel3', 'plandoc.markerLevel4', 'plandoc.markerLevel5'];
/** Lines decorated beyond the visible ones, so scrolling a little shows colours at once. */
const MARGIN = 200;

export function registerPlainTextDecorations(context: vscode.ExtensionContext, plan: PlanClient): void {
  const levelTypes = LEVEL_COLORS.map((color, i) =>
    vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor(color) }),
  );
  const articleType = vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('plandoc.article') });
  const timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();

  const decorate = (editor: vscode.TextEditor) => {
    const document = editor.document;
    const applies = document.languageId === 'plaintext' && plan.isSynced(document);
    const perLevel: vscode.Range[][] = levelTypes.map(() => []);
    const articles: vscode.Range[] = [];
    if (applies) {
      const levels = vscode.workspace.getConfiguration('plandoc', document.uri).get<string[]>('levels') ?? [...DEFAULT_LEVELS];
      // only what is on screen (plus a margin): typing in a huge file stays cheap
      const lines = new Set<number>();
      for (const r of editor.visibleRanges) {
        const to = Math.min(document.lineCount - 1, r.end.line + MARGIN);
        for (let i = Math.max(0, r.start.line - MARGIN); i <= to; i++) lines.add(i);
      }
      for (const i of lines) {
        const text = document.lineAt(i).text;
        const m = parseLineMarker(text);
        if (m) {
          const level = levels.indexOf(m.family);
          perLevel[level < 0 ? levelTypes.length - 1 : Math.min(level, levelTypes.length - 1)]!.push(new vscode.Range(i, m.start, i, m.textStart - m.gap.length));
        } else if (isScopeHeading(text)) {
          const token = headingToken(text);
          if (token) articles.push(new vscode.Range(i, token.start, i, token.end));
        }
      }
    }
    levelTypes.forEach((type, i) => editor.setDecorations(type, perLevel[i]!));
    editor.setDecorations(articleType, articles);
  };
  const schedule = (editor: vscode.TextEditor, delay: number) => {
    const t = timers.get(editor);
    if (t) clearTimeout(t);
    timers.set(editor, setTimeout(() => {
      timers.delete(editor);
      decorate(editor);
    }, delay));
  };

  context.subscriptions.push(
    ...levelTypes,
    articleType,
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => schedule(e, 0))),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => schedule(e.textEditor, 50)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) schedule(editor, 200);
    }),
    plan.onDidChangeSync((document) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) schedule(editor, 0);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  vscode.window.visibleTextEditors.forEach((e) => schedule(e, 0));
}

