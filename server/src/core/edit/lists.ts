// The list edits the editor commands and the language server share: which list a line belongs to, and that list
// renumbered or written in its family's standard form. The editor's Renumber List and the server's "renumber this
// list" action are both this file's renumberListEdits on the core's reading of the text, so they cannot disagree.
import type { DocumentModel, Marker, MarkerList } from '../model/types.js';
import type { TextEdit } from '../types.js';
import { markerSource, markerWithValue, standardMarker } from '../syntax/markerText.js';

function markerEdit(model: DocumentModel, marker: Marker, newMarker: string): TextEdit | undefined {
  const source = markerSource(model.lines[marker.line]!.text, marker);
  if (source === newMarker) return undefined;
  return {
    range: { start: { line: marker.line, character: marker.start }, end: { line: marker.line, character: marker.start + source.length } },
    newText: newMarker,
  };
}

/** 1, 2, 3 … in each item's own style (（二） → （一）, 3、 → 1、). */
export function renumberListEdits(model: DocumentModel, list: MarkerList): TextEdit[] {
  const edits: TextEdit[] = [];
  list.items.forEach((item, i) => {
    const edit = markerEdit(model, item, markerWithValue(item, i + 1));
    if (edit) edits.push(edit);
  });
  return edits;
}

/** Every list of the document renumbered; a list that restarts at 1 stays a list of its own. */
export function renumberAllEdits(model: DocumentModel): TextEdit[] {
  return model.lists.flatMap((list) => renumberListEdits(model, list));
}

/** Every item in the family's standard form, numbers kept: 1、 → 1., (1) → （1）. */
export function standardStyleEdits(model: DocumentModel, list: MarkerList): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const item of list.items) {
    const edit = markerEdit(model, item, standardMarker(item.family, item.value));
    if (edit) edits.push(edit);
  }
  return edits;
}

/** The innermost list at a line: the one whose item sits on the line, else the deepest list spanning it. */
export function listAt(model: DocumentModel, line: number): MarkerList | undefined {
  const marker = model.markerAt[line];
  if (marker) {
    const own = model.lists.find((l) => l.items.includes(marker));
    if (own) return own;
  }
  let best: MarkerList | undefined;
  for (const list of model.lists) {
    const first = list.items[0];
    const last = list.items[list.items.length - 1];
    if (!first || !last || first.line > line || last.line < line) continue;
    if (!best || list.items[0]!.level > best.items[0]!.level) best = list;
  }
  return best;
}
