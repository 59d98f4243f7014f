// What an MCP tool lints: text it was given, or a file inside the folder the server was started in (never
// outside it: a path that leaves it, directly or through a symbolic link, is refused).
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Localized } from '../core/types.js';
import { DEFAULT_MAX_FILE_BYTES, readDocument } from '../io/readDocument.js';
import { readFailure } from '../cli/ioMessages.js';

/** A tool failure the client sees as a tool error (isError), in both languages. */
export class ToolInputError extends Error {
  constructor(readonly localized: Localized) {
    super(`${localized.zh} — ${localized.en}`);
  }
}

export interface DocumentInput {
  text?: string;
  path?: string;
}

export interface Document {
  text: string;
  /** absolute path: the file read, or where text with a file name is taken to be (for its config) */
  filePath: string;
  /** the path relative to the start folder, as reports show it */
  display: string;
}

/** Name under which text without a path is linted: it takes the start folder's config. */
const TEXT_NAME = '<text>';

export class DocumentSource {
  private readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  /** Exactly one of text and path: text is linted as a document in the start folder, a path is read. */
  load(input: DocumentInput): Document {
    const hasText = typeof input.text === 'string';
    const hasPath = typeof input.path === 'string' && input.path !== '';
    if (hasText === hasPath) {
      throw new ToolInputError({ zh: '请给出 text（文档全文）或 path（起始目录中的文件）二者之一', en: 'Give either text (the document) or path (a file in the start folder), not both' });
    }
    if (hasText) return { text: input.text!, filePath: join(this.root, TEXT_NAME), display: TEXT_NAME };
    const filePath = this.inside(input.path!);
    let read;
    try {
      read = readDocument(filePath, { maxBytes: DEFAULT_MAX_FILE_BYTES });
    } catch (e) {
      const f = readFailure(e);
      throw new ToolInputError({ zh: `${input.path}：${f.message.zh}`, en: `${input.path}: ${f.message.en}` });
    }
    if (read.kind === 'binary') throw new ToolInputError({ zh: `${input.path}：这是二进制文件，不是文本文档`, en: `${input.path}: a binary file, not a text document` });
    if (read.kind === 'too-large') throw new ToolInputError({ zh: `${input.path}：文件超过 10MB 的大小上限`, en: `${input.path}: the file exceeds the 10MB size limit` });
    return { text: read.text, filePath, display: relative(this.root, filePath).split(sep).join('/') };
  }

  /** The absolute path of `path` (relative to the start folder or absolute), refused unless it lies inside it. */
  inside(path: string): string {
    const abs = resolve(this.root, path);
    const outside = { zh: `${path}：只能读取起始目录 ${this.root} 之内的文件`, en: `${path}: only files inside the start folder ${this.root} can be read` };
    if (!within(this.root, abs)) throw new ToolInputError(outside);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (e) {
      const f = readFailure(e);
      throw new ToolInputError({ zh: `${path}：${f.message.zh}`, en: `${path}: ${f.message.en}` });
    }
    if (!within(this.realRoot, real)) throw new ToolInputError(outside);
    return abs;
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
