// Context keys that scope the Enter / Tab / Shift+Tab keybindings to where
// they act, so everywhere else those keys stay VS Code's own (no round trip
// through the extension host, no race with fast typing):
//   plandoc.listEditing      the active document is checked and list editing is on
//   plandoc.cursorInItemText the cursor is in a numbered item's text (Enter continues the list)
//   plandoc.cursorAtItemStart the cursor is in a marker or at the start of its text (Tab / Shift+Tab)
//   plandoc.cursorBelowHeading the cursor is on the empty line below a heading item (Enter offers its first sub-item)
// Enter and Tab keep VS Code's meaning during IME composition: the browser reports those keys as
// "Process" (keyCode 229) while a composition is open, so no keybinding matches them.
import * as vscode from 'vscode';
import { isBelowHeading } from './edit/edits.js';
import { DEFAULT_LEVELS, parseLineMarker, type Family } from './edit/markers.js';
import type { PlanClient } from './planClient.js';

export interface CursorState {
  listEditing: boolean;
  inItemText: boolean;
  atItemStart: boolean;
  belowHeading: boolean;
}

export function cursorState(editor: vscode.TextEditor | undefined, plan: PlanClient): CursorState {
  const state: CursorState = { listEditing: false, inItemText: false, atItemStart: false, belowHeading: false };
  if (!editor) return state;
  const enabled = vscode.workspace.getConfiguration('plandoc', editor.document.uri).get<boolean>('listEditing', true);
  state.listEditing = enabled && plan.isSynced(editor.document);
  if (!state.listEditing || editor.selections.length !== 1 || !editor.selection.isEmpty) return state;
  const { line, character } = editor.selection.active;
  const text = editor.document.lineAt(line).text;
  if (line > 0 && text.trim() === '') {
    const levels = vscode.workspace.getConfiguration('plandoc', editor.document.uri).get<Family[]>('levels');
    state.belowHeading = isBelowHeading([editor.document.lineAt(line - 1).text, text], 1, levels?.length ? levels : DEFAULT_LEVELS);
    return state;
  }
  const marker = parseLineMarker(text);
  if (!marker) return state;
  state.inItemText = character >= marker.textStart;
  state.atItemStart = character <= marker.textStart;
  return state;
}

export function registerCursorContext(context: vscode.ExtensionContext, plan: PlanClient): vscode.Event<CursorState> {
  const emitter = new vscode.EventEmitter<CursorState>();
  let last: CursorState | undefined;
  const update = () => {
    const state = cursorState(vscode.window.activeTextEditor, plan);
    if (last && last.listEditing === state.listEditing && last.inItemText === state.inItemText && last.atItemStart === state.atItemStart
      && last.belowHeading === state.belowHeading) return;
    if (!last || last.listEditing !== state.listEditing) void vscode.commands.executeCommand('setContext', 'plandoc.listEditing', state.listEditing);
    if (!last || last.inItemText !== state.inItemText) void vscode.commands.executeCommand('setContext', 'plandoc.cursorInItemText', state.inItemText);
    if (!last || last.atItemStart !== state.atItemStart) void vscode.commands.executeCommand('setContext', 'plandoc.cursorAtItemStart', state.atItemStart);
    if (!last || last.belowHeading !== state.belowHeading) void vscode.commands.executeCommand('setContext', 'plandoc.cursorBelowHeading', state.belowHeading);
    last = state;
    emitter.fire(state);
  };
  context.subscriptions.push(
    emitter,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) update();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('plandoc.listEditing')) update();
    }),
    plan.onDidChangeSync(update),
  );
  update();
  return emitter.event;
}
