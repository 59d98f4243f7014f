// Inline switches: <!-- plandoc-disable[-line|-next-line] [ids] --> and <!-- plandoc-enable [ids] -->.
// Read in one pass over the lines (a directive costs O(its ids)); which problems they switch off is decided by
// core/suppressionIndex.ts, by binary search (checking each problem against every directive was quadratic).
import type { Suppression } from './types.js';

const DIRECTIVE = /<!--\s*plandoc-(disable-next-line|disable-line|disable|enable)((?:\s+[\w-]+)*)\s*-->/g;

export interface DirectiveState {
  /** open disable blocks: rule id ('' = all) → start line */
  open: Map<string, number>;
  out: Suppression[];
}

export function newDirectiveState(): DirectiveState {
  return { open: new Map(), out: [] };
}

export function readDirectives(text: string, line: number, state: DirectiveState): void {
  if (text.indexOf('plandoc-') < 0) return;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1]!;
    const ids = m[2]!.trim().split(/\s+/).filter(Boolean);
    if (kind === 'disable-line') state.out.push({ rules: ids, from: line, to: line });
    else if (kind === 'disable-next-line') state.out.push({ rules: ids, from: line + 1, to: line + 1 });
    else if (kind === 'disable') for (const id of ids.length ? ids : ['']) { if (!state.open.has(id)) state.open.set(id, line); }
    else closeBlocks(state, ids, line);
  }
}

function closeBlocks(state: DirectiveState, ids: string[], line: number): void {
  const targets = ids.length ? ids : [...state.open.keys()];
  for (const id of targets) {
    const from = state.open.get(id);
    if (from === undefined) continue;
    state.open.delete(id);
    state.out.push({ rules: id ? [id] : [], from, to: line });
  }
}

export function finishDirectives(state: DirectiveState, lastLine: number): Suppression[] {
  closeBlocks(state, [], lastLine);
  return state.out;
}
