// The web extension reads the workspace's config files through vscode.workspace.fs (the server runs in a Web
// Worker without a file system) and sends them all to the server, at start and whenever one changes.
import * as vscode from 'vscode';
import { CONFIG_FILE_GLOB, type ConfigFileText } from '../../../server/src/web/protocol.js';

const decoder = new TextDecoder();

/** Every config file in the workspace folders, node_modules left out; unreadable files are skipped. */
export async function readConfigFiles(): Promise<ConfigFileText[]> {
  const uris = await vscode.workspace.findFiles(CONFIG_FILE_GLOB, '**/node_modules/**');
  const files = await Promise.all(uris.map(async (uri) => {
    try {
      return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      return undefined;
    }
  }));
  return files.filter((f): f is ConfigFileText => f !== undefined);
}

/** Calls `changed` (debounced) when a config file is created, changed or deleted. */
export function watchConfigFiles(changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (uri: vscode.Uri) => {
    if (uri.path.includes('/node_modules/')) return;
    clearTimeout(timer);
    timer = setTimeout(changed, 100);
  };
  const subscriptions = [watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later)];
  return { dispose: () => { clearTimeout(timer); subscriptions.forEach((s) => s.dispose()); } };
}
