// The browser build's lsp/uri.ts: documents live at URIs (vscode-vfs://github/…, vscode-test-web://…), not
// on disk, so the "path" config lookup works on is the URI itself (./configStore.ts).
export const URI = {
  /** The URI of a document in a folder hierarchy; undefined for untitled: and other documents without one. */
  toFilePath(uri: string): string | undefined {
    return uri.includes('://') ? uri : undefined;
  },
  fromFilePath(path: string): string {
    return path;
  },
};
