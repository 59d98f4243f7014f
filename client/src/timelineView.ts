// The 月份安排 / Months view in the Explorer: asks the server for the active
// document's timeline and shows months per scope; a click reveals the section.
// The view shows only while the active document has time sections (context key
// plandoc.hasTimeSections), and speaks the document's language.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import type { PlanClient } from './planClient.js';
import { isChineseDocument } from '../../server/src/core/detect.js';
import { buildTimelineTree, type TimelineNode, type UiLocale } from './timelineTree.js';

/** The language of the document's rows: plandoc.locale, else Chinese for a Chinese document, else VS Code's. */
export function documentLocale(document: vscode.TextDocument | undefined): UiLocale {
  const setting = vscode.workspace.getConfiguration('plandoc', document?.uri).get<string>('locale', 'auto');
  if (setting === 'zh' || setting === 'en') return setting;
  if (document && isChineseDocument(document.getText())) return 'zh';
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export class TimelineProvider implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TimelineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  roots: TimelineNode[] = [];
  private document: vscode.TextDocument | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private hasSections = false;
  private readonly disposables: vscode.Disposable[] = [];
  view: vscode.TreeView<TimelineNode> | undefined;

  constructor(private readonly plan: PlanClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule(400);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // diagnostics arrive once the server has parsed the new version
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule(50);
      }),
      plan.onDidChangeSync(() => this.schedule(0)),
    );
  }

  schedule(delay: number): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // keep the last plan's timeline while another kind of editor (output, settings) is focused
    if (editor && editor.document.uri.scheme !== 'file' && editor.document.uri.scheme !== 'untitled') return;
    const document = editor?.document;
    let roots: TimelineNode[] = [];
    if (document && this.plan.isSynced(document)) {
      try {
        const result = await this.plan.requestTimeline(document.uri);
        roots = buildTimelineTree(result, documentLocale(document));
      } catch {
        roots = [];
      }
    }
    if (generation !== this.generation) return;
    this.document = document;
    this.roots = roots;
    this.changed.fire(undefined);
    if (roots.length > 0 !== this.hasSections) {
      this.hasSections = roots.length > 0;
      void vscode.commands.executeCommand('setContext', 'plandoc.hasTimeSections', this.hasSections);
    }
    if (this.view) this.view.message = roots.length === 0 && document && this.plan.isSynced(document)
      ? vscode.l10n.t('No month, quarter or week sections in this document.')
      : undefined;
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
        : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = `plandoc.timeline.${node.kind}`;
    item.iconPath = new vscode.ThemeIcon(node.icon, node.color ? new vscode.ThemeColor(node.color) : undefined);
    if (node.target && this.document) {
      item.command = {
        command: 'plandoc.timeline.reveal',
        title: vscode.l10n.t('Reveal Section'),
        arguments: [this.document.uri, node.target],
      };
    }
    return item;
  }

  getChildren(node?: TimelineNode): TimelineNode[] {
    return node ? node.children : this.roots;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerTimeline(context: vscode.ExtensionContext, plan: PlanClient, commands: CommandTable): TimelineProvider {
  const provider = new TimelineProvider(plan);
  const view = vscode.window.createTreeView('plandoc.timeline', { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  context.subscriptions.push(
    provider,
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible) provider.schedule(0);
    }),
    commands.register('plandoc.timeline.refresh', () => provider.refresh()),
    commands.register('plandoc.showTimeline', async () => {
      await provider.refresh();
      if (provider.roots.length === 0) {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('No month, quarter or week sections in this document.'), 3000);
        return;
      }
      await vscode.commands.executeCommand('plandoc.timeline.focus');
    }),
    commands.register('plandoc.timeline.reveal', async (uri: vscode.Uri, target: { line: number; start: number; end: number }) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(target.line, target.start, target.line, target.end);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  return provider;
}
