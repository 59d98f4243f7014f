// The Node server's disk for "Lint Workspace": files found as `plandoc lint <folder>` finds them (cli/discover.ts:
// .gitignore, .plandocignore, node_modules and dot folders left out, symbolic links to folders not followed) and
// read as it reads them (io/readDocument.ts: regular files only, the size limit, binary check, encoding detection).
import { discoverFiles, DEFAULT_EXTENSIONS } from '../cli/discover.js';
import { readDocument } from '../io/readDocument.js';
import type { WorkspaceDisk } from './workspaceLint.js';

export const nodeWorkspaceDisk: WorkspaceDisk = {
  async planFiles(folders) {
    const files = new Set<string>();
    for (const folder of folders) {
      const found = await discoverFiles(['.'], { cwd: folder, extensions: DEFAULT_EXTENSIONS, useIgnoreFiles: true, isIgnoredByConfig: () => false });
      for (const file of found.files) files.add(file);
    }
    return [...files].sort();
  },
  read(path) {
    try {
      const read = readDocument(path);
      return read.kind === 'text' ? read.text : null;
    } catch {
      return null; // gone, unreadable or not a regular file: nothing to check
    }
  },
};
