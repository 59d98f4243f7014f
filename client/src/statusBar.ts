// Status bar item: the active plan's profile and problem count; a click opens
// a quick pick of PlanDoc actions.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import type { CursorState } from './cursorContext.js';
import type { PlanClient } from './planClient.js';

export function problemCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plandoc').length;
}

export function registerStatusBar(
  context: vscode.ExtensionContext, plan: PlanClient, cursorStates: vscode.Event<CursorState>, commands: CommandTable,
): void {
  const item = vscode.window.createStatusBarItem('plandoc.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'PlanDoc';
  item.command = 'plandoc.showActions';
  let cursor: CursorState = { listEditing: false, inItemText: false, atItemStart: false };

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || (editor.document.uri.scheme !== 'file' && editor.document.uri.scheme !== 'untitled')) {
      item.hide();
      return;
    }
    const document = editor.document;
    const profile = vscode.workspace.getConfiguration('plandoc', document.uri).get<string>('profile', 'common');
    if (plan.isSynced(document)) {
      const count = problemCount(document.uri);
      item.text = `$(checklist) PlanDoc: ${profile} · ${count === 0 ? '$(check)' : `$(warning) ${count}`}`;
      item.tooltip = vscode.l10n.t('PlanDoc checks this document (profile {0}, {1} problems). Click for actions.', profile, count);
      // screen readers hear where list editing applies (Enter continues the list, Tab demotes)
      const where = cursor.inItemText && cursor.atItemStart ? vscode.l10n.t('cursor at the start of a numbered item')
        : cursor.inItemText ? vscode.l10n.t('cursor in a numbered item') : cursor.atItemStart ? vscode.l10n.t('cursor on a marker') : '';
      item.accessibilityInformation = { label: `PlanDoc ${profile}, ${vscode.l10n.t('{0} problems', count)}${where ? '; ' + where : ''}` };
      item.show();
    } else if (document.languageId === 'plaintext' || document.languageId === 'markdown' || document.languageId === 'plandoc') {
      item.text = '$(circle-slash) PlanDoc';
      item.tooltip = vscode.l10n.t('PlanDoc does not check this document (it does not look like a plan). Click for actions.');
      item.show();
    } else {
      item.hide();
    }
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('plandoc')) update();
    }),
    plan.onDidChangeSync(update),
    cursorStates((state) => {
      cursor = state;
      update();
    }),
    commands.register('plandoc.showActions', async () => {
      const document = vscode.window.activeTextEditor?.document;
      const synced = document ? plan.isSynced(document) : false;
      const actions: (vscode.QuickPickItem & { command: string })[] = [
        { label: `$(wrench) ${vscode.l10n.t('Fix All')}`, command: 'plandoc.fixAll' },
        { label: `$(list-ordered) ${vscode.l10n.t('Renumber Document')}`, command: 'plandoc.renumberDocument' },
        { label: `$(calendar) ${vscode.l10n.t('Show Timeline')}`, command: 'plandoc.showTimeline' },
        { label: `$(book) ${vscode.l10n.t('Open Rule Documentation')}`, command: 'plandoc.openRuleDocumentation' },
        { label: `$(settings-gear) ${vscode.l10n.t('Select Profile')}`, command: 'plandoc.selectProfile' },
        {
          label: `$(circle-slash) ${synced ? vscode.l10n.t('Stop checking this document') : vscode.l10n.t('Check this document')}`,
          command: 'plandoc.toggleValidation',
        },
        { label: `$(output) ${vscode.l10n.t('Show Output')}`, command: 'plandoc.showOutput' },
      ];
      const picked = await vscode.window.showQuickPick(synced ? actions : actions.slice(-2), { placeHolder: 'PlanDoc' });
      if (picked) await vscode.commands.executeCommand(picked.command);
    }),
    commands.register('plandoc.selectProfile', async () => {
      const profiles = [
        { label: 'common', description: vscode.l10n.t('Tolerant of widespread practice (default)') },
        { label: 'gbt9704', description: vscode.l10n.t('GB/T 9704-2012 and GB/T 15834-2011, strictly') },
      ];
      const picked = await vscode.window.showQuickPick(profiles, { placeHolder: vscode.l10n.t('Rule profile') });
      if (!picked) return;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('plandoc').update('profile', picked.label, target);
    }),
  );
  update();
}
