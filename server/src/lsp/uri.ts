// file: URIs ⇄ paths without pulling a URI library into the bundle.
import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  /** The file path of a file: URI, or undefined for untitled:, vscode-notebook-cell: and the like. */
  toFilePath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  fromFilePath(path: string): string {
    return pathToFileURL(path).href;
  },
};
