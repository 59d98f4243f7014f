// The editor features, built into a bundle of their own (dist/features.cjs) that
// extension.ts requires right after activation: list editing, the 月份安排 / Months
// view, the status bar, context keys for the keybindings, plain-text colours, the
// switch of plain-text plans to the plandoc language, the disable-rule quick fixes,
// Lint Workspace, and the handlers of every command. None of them is useful before the language
// server checks a document, so none of them is worth a millisecond of activation.
import type * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import { registerCursorContext } from './cursorContext.js';
import { registerPlainTextDecorations } from './decorations.js';
import { registerEditCommands } from './editCommands.js';
import type { PlanClient } from './planClient.js';
import { registerPlanLanguage } from './planLanguage.js';
import { registerProblemCommands } from './problemCommands.js';
import { registerRuleActions } from './ruleActions.js';
import { registerStatusBar } from './statusBar.js';
import { registerTimeline } from './timelineView.js';
import type { ValidationPolicy } from './validation.js';
import { registerWorkspaceLint } from './workspaceLint.js';

export function registerFeatures(context: vscode.ExtensionContext, plan: PlanClient, policy: ValidationPolicy, commands: CommandTable): void {
  registerEditCommands(context, commands);
  registerProblemCommands(context, plan, policy, commands);
  registerTimeline(context, plan, commands);
  const cursorStates = registerCursorContext(context, plan);
  registerStatusBar(context, plan, cursorStates, commands);
  registerPlainTextDecorations(context, plan);
  registerPlanLanguage(context, plan, policy);
  registerRuleActions(context, plan);
  registerWorkspaceLint(context, plan, commands);
}
