// One odd item that looks like a restart: 一、甲 一、乙 三、丙 四、丁. The list builder starts a new list at
// every 1 (a restart), but here the items after the second 一、 go on from the first list (三、 is where
// the first list's next item but one belongs): the second 一、 is a mistyped 二、 of one list. Read so,
// numbering-sequence changes that one item, and numbering-restart says nothing.
//
//   一、甲 / 一、乙 / 三、丙 / 四、丁     → one list, 一 一 三 四 (the second 一 is odd)
//   一、甲 / 二、乙 / 一、丙 / 二、丁     → a restart: the items after it do not go on from 二、
//   1.甲 / 1.乙                          → a restart of one item: nothing after it to tell
import type { DocumentModel, MarkerList } from './types.js';

const cache = new WeakMap<DocumentModel, Map<MarkerList, MarkerList>>();

/** Lists that restarted at 1 but continue the list before them from their second item: later list → earlier list. */
export function oddRestarts(model: DocumentModel): Map<MarkerList, MarkerList> {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = scan(model)));
  return found;
}

function scan(model: DocumentModel): Map<MarkerList, MarkerList> {
  const out = new Map<MarkerList, MarkerList>();
  for (const list of model.lists) {
    const before = list.restartOf;
    if (!before || list.items.length < 2 || out.has(before)) continue;
    const first = list.items[0]!;
    const second = list.items[1]!;
    const last = before.items[before.items.length - 1]!;
    if (first.value !== 1 || second.value !== last.value + 2) continue;
    if (first.separator !== last.separator || first.open !== last.open || first.close !== last.close || second.separator !== first.separator) continue;
    out.set(list, before);
  }
  return out;
}
