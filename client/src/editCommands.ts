// Editor commands over the pure list-edit logic in ./edit: Enter, Tab and
// Shift+Tab on numbered items, Insert Next Item, Promote/Demote, Renumber.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import {
  continueList, demoteItem, insertNextItem, promoteItem, renumberDocument, renumberList, type EditResult, type LineEdit,
} from './edit/edits.js';
import { DEFAULT_LEVELS, parseLineMarker, type Family } from './edit/markers.js';
import { scopeWindowOf } from './edit/structure.js';

function linesOf(document: vscode.TextDocument): string[] {
  const lines: string[] = [];
  for (let i = 0; i < document.lineCount; i++) lines.push(document.lineAt(i).text);
  return lines;
}

/** The scope around `line` (see scopeWindowOf): all that Enter, Tab and Renumber List need to read. */
function scopeWindow(document: vscode.TextDocument, line: number): { start: number; lines: string[] } {
  return scopeWindowOf((i) => document.lineAt(i).text, document.lineCount, line);
}

function shift(result: EditResult | null, offset: number): EditResult | null {
  if (!result || offset === 0) return result;
  return {
    edits: result.edits.map((e) => ({ ...e, line: e.line + offset })),
    cursor: { line: result.cursor.line + offset, character: result.cursor.character },
  };
}

function levelsFor(document: vscode.TextDocument): readonly Family[] {
  const levels = vscode.workspace.getConfiguration('plandoc', document.uri).get<Family[]>('levels');
  return levels && levels.length > 0 ? levels : DEFAULT_LEVELS;
}

function eol(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

async function applyLineEdits(editor: vscode.TextEditor, edits: readonly LineEdit[], undoStop = true): Promise<boolean> {
  if (edits.length === 0) return true;
  const newline = eol(editor.document);
  return editor.edit(
    (builder) => {
      for (const e of edits) builder.replace(new vscode.Range(e.line, e.start, e.line, e.end), e.text.replace(/\n/g, newline));
    },
    { undoStopBefore: undoStop, undoStopAfter: undoStop },
  );
}

async function applyResult(editor: vscode.TextEditor, result: EditResult): Promise<boolean> {
  const version = editor.document.version;
  if (!(await applyLineEdits(editor, result.edits))) return false;
  // keystrokes typed after the edit already went to the right place; moving the cursor now would misplace the next ones
  if (editor.document.version !== version + 1) return true;
  const position = new vscode.Position(result.cursor.line, result.cursor.character);
  if (!editor.selection.isEmpty || !editor.selection.active.isEqual(position)) editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position));
  return true;
}

type PositionalEdit = (lines: readonly string[], line: number, character: number, levels?: readonly Family[]) => EditResult | null;

/** Runs `edit` at the cursor; when it does not apply, runs the editor's own command instead. */
async function editOrFallback(edit: PositionalEdit, fallback: () => Thenable<unknown>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selections.length !== 1 || !editor.selection.isEmpty) {
    await fallback();
    return;
  }
  // an edit computed on one version fails if keystrokes changed the document meanwhile: recompute once
  for (let attempt = 0; attempt < 2; attempt++) {
    const { line, character } = editor.selection.active;
    const window = scopeWindow(editor.document, line);
    const result = shift(edit(window.lines, line - window.start, character, levelsFor(editor.document)), window.start);
    if (!result) {
      await fallback();
      return;
    }
    if (await applyResult(editor, result)) return;
  }
}

async function editAtCursor(edit: PositionalEdit, nothingMessage: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const { line, character } = editor.selection.active;
  const window = scopeWindow(editor.document, line);
  const result = shift(edit(window.lines, line - window.start, character, levelsFor(editor.document)), window.start);
  if (!result) {
    void vscode.window.setStatusBarMessage(nothingMessage, 3000);
    return;
  }
  await applyResult(editor, result);
}

export function registerEditCommands(context: vscode.ExtensionContext, commands: CommandTable): void {
  const notAnItem = () => vscode.l10n.t('PlanDoc: the cursor is not on a numbered item.');
  context.subscriptions.push(
    commands.register('plandoc.onEnterKey', () =>
      editOrFallback(continueList, () => vscode.commands.executeCommand('type', { source: 'keyboard', text: '\n' })),
    ),
    commands.register('plandoc.onTabKey', () =>
      editOrFallback(
        (lines, line, character, levels) => (character <= cursorLimit(lines[line]!) ? demoteItem(lines, line, character, levels) : null),
        () => vscode.commands.executeCommand('tab'),
      ),
    ),
    commands.register('plandoc.onShiftTabKey', () =>
      editOrFallback(
        (lines, line, character, levels) => (character <= cursorLimit(lines[line]!) ? promoteItem(lines, line, character, levels) : null),
        () => vscode.commands.executeCommand('outdent'),
      ),
    ),
    commands.register('plandoc.demoteItem', () => editAtCursor(demoteItem, notAnItem())),
    commands.register('plandoc.promoteItem', () => editAtCursor(promoteItem, notAnItem())),
    commands.register('plandoc.insertNextItem', () =>
      editAtCursor((lines, line, _c, levels) => insertNextItem(lines, line, levels), notAnItem()),
    ),
    commands.register('plandoc.renumberList', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const window = scopeWindow(editor.document, editor.selection.active.line);
      const edits = renumberList(window.lines, editor.selection.active.line - window.start, levelsFor(editor.document))
        .map((e) => ({ ...e, line: e.line + window.start }));
      if (edits.length === 0) void vscode.window.setStatusBarMessage(vscode.l10n.t('PlanDoc: the list is already numbered in order.'), 3000);
      await applyLineEdits(editor, edits);
    }),
    commands.register('plandoc.renumberDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const edits = renumberDocument(linesOf(editor.document), levelsFor(editor.document));
      await applyLineEdits(editor, edits);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('PlanDoc: {0} markers renumbered.', edits.length), 3000);
    }),
  );
}

/**
 * Tab and Shift+Tab act on an item when the cursor is in its marker or at the
 * start of its text; inside the text they keep their usual meaning.
 */
function cursorLimit(line: string): number {
  return parseLineMarker(line)?.textStart ?? -1;
}
