// PlanDoc's command handlers by id. extension.ts registers every command the
// manifest contributes with VS Code at activation, as a shell that waits for the
// editor features (dist/features.cjs, loaded right after activation) and then
// runs the handler they put here. So a command invoked early, even the one that
// activated the extension, still runs, and activation loads no feature code.
import type * as vscode from 'vscode';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers take whatever VS Code passes
export type CommandHandler = (...args: any[]) => unknown;

export class CommandTable {
  private readonly handlers = new Map<string, CommandHandler>();

  /** Adds the handler of `id`; disposing it removes the handler. */
  register(id: string, handler: CommandHandler): vscode.Disposable {
    this.handlers.set(id, handler);
    return { dispose: () => this.handlers.delete(id) };
  }

  run(id: string, args: unknown[]): unknown {
    const handler = this.handlers.get(id);
    if (!handler) throw new Error(`PlanDoc: the command ${id} has no handler (client/src/features.ts registers them all).`);
    return handler(...args);
  }
}
