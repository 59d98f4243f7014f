// Status bar item: the active plan's profile (by a name people understand) and
// its problems under the icon of the worst severity; a click opens a quick pick
// of PlanDoc actions.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import type { CursorState } from './cursorContext.js';
import type { PlanClient } from './planClient.js';

export function problemCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plandoc').length;
}

/** The codicon of the worst severity among the document's problems: error, warning or info; a check when there are none. */
export function worstSeverityIcon(uri: vscode.Uri): string {
  const severities = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plandoc').map((d) => d.severity);
  if (severities.length === 0) return '$(check)';
  const worst = Math.min(...severities);
  return worst === vscode.DiagnosticSeverity.Error ? '$(error)' : worst === vscode.DiagnosticSeverity.Warning ? '$(warning)' : '$(info)';
}

/** The profile's name as the settings UI shows it: 通用 / 国家标准GB/T 9704 (General / National standard GB/T 9704). */
export function profileLabel(profile: string): string {
  if (profile === 'gbt9704') return vscode.l10n.t('National standard GB/T 9704');
  if (profile === 'common') return vscode.l10n.t('General');
  return profile;
}

export function registerStatusBar(
  context: vscode.ExtensionContext, plan: PlanClient, cursorStates: vscode.Event<CursorState>, commands: CommandTable,
): void {
  const item = vscode.window.createStatusBarItem('plandoc.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'PlanDoc';
  item.command = 'plandoc.showActions';
  let cursor: CursorState = { listEditing: false, inItemText: false, atItemStart: false, belowHeading: false };

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || (editor.document.uri.scheme !== 'file' && editor.document.uri.scheme !== 'untitled')) {
      item.hide();
      return;
    }
    const document = editor.document;
    const profile = profileLabel(vscode.workspace.getConfiguration('plandoc', document.uri).get<string>('profile', 'common'));
    if (plan.isSynced(document)) {
      const count = problemCount(document.uri);
      item.text = `$(checklist) PlanDoc: ${profile} · ${worstSeverityIcon(document.uri)}${count === 0 ? '' : ` ${count}`}`;
      item.tooltip = vscode.l10n.t('PlanDoc checks this document (profile {0}, {1} problems). Click for actions.', profile, count);
      // screen readers hear where list editing applies (Enter continues the list, Tab demotes)
      const where = cursor.inItemText && cursor.atItemStart ? vscode.l10n.t('cursor at the start of a numbered item')
        : cursor.inItemText ? vscode.l10n.t('cursor in a numbered item') : cursor.atItemStart ? vscode.l10n.t('cursor on a marker')
          : cursor.belowHeading ? vscode.l10n.t('cursor below a heading') : '';
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
        { label: `$(calendar) ${vscode.l10n.t('Show Months')}`, command: 'plandoc.showTimeline' },
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
        { id: 'common', label: profileLabel('common'), description: vscode.l10n.t('Accepts widespread practice (default)') },
        { id: 'gbt9704', label: profileLabel('gbt9704'), description: vscode.l10n.t('GB/T 9704-2012 and GB/T 15834-2011, strictly') },
      ];
      const picked = await vscode.window.showQuickPick(profiles, { placeHolder: vscode.l10n.t('Rule profile') });
      if (!picked) return;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('plandoc').update('profile', picked.id, target);
    }),
  );
  update();
}
