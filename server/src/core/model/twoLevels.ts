// One marker style used for two levels: a top-level 一、 item holding its own 一、二、三、.
//
//   一、指导思想        top 1
//   一、坚持立德树人    sub 1 ┐ read as one level these are restarts and an 二、 after 三、;
//   二、坚持五育并举    sub 2 │ read as two levels every number is in order
//   三、坚持问题导向    sub 3 ┘
//   二、工作目标        top 2 (the top numbering resumes)
//   一、提高质量        sub 1
//
// The two-level reading is taken only when it puts every item of the run in order, the
// top numbering resumes after a sub-list at least once, each top item that holds a sub-list
// reads as a heading with the sub-list straight after it, and the run really restarts:
// then the numbering rules leave the run alone and heading-hierarchy names the cause.
import type { DocumentModel, Marker, MarkerList } from './types.js';
import { isHeadingLike } from './layout.js';

export interface SameStyleLevels {
  /** the lists of the run, as the outline split them */
  lists: MarkerList[];
  /** the first item of the lower level and the top-level item it sits under */
  firstSub: Marker;
  parentItem: Marker;
}

const memo = new WeakMap<DocumentModel, { runs: SameStyleLevels[]; lists: Set<MarkerList> }>();

/** Runs of lists read as one style on two levels (memoised per model: several rules ask). */
export function sameStyleLevels(model: DocumentModel): { runs: SameStyleLevels[]; lists: Set<MarkerList> } {
  let found = memo.get(model);
  if (!found) {
    const runs = findRuns(model);
    found = { runs, lists: new Set(runs.flatMap((r) => r.lists)) };
    memo.set(model, found);
  }
  return found;
}

function findRuns(model: DocumentModel): SameStyleLevels[] {
  const lists = model.lists;
  const runs: SameStyleLevels[] = [];
  let chain: MarkerList[] = [];
  const flush = () => {
    if (chain.length >= 2) {
      const run = twoLevelReading(model, chain);
      if (run) runs.push(run);
    }
    chain = [];
  };
  for (const list of lists) {
    if (list.restartOf && list.restartOf === chain[chain.length - 1]) chain.push(list);
    else {
      flush();
      chain = [list];
    }
  }
  flush();
  return runs;
}

function twoLevelReading(model: DocumentModel, chain: MarkerList[]): SameStyleLevels | undefined {
  if (chain[0]!.items[0]!.value !== 1) return undefined;
  const items = chain.flatMap((l) => l.items);
  let top = 0;
  let sub = 0;
  let previousWasTop = false;
  let resumed = false;
  let firstSub: Marker | undefined;
  let parentItem: Marker | undefined;
  let lastTop: Marker | undefined;
  for (const m of items) {
    if (sub > 0 && m.value === sub + 1) sub++;
    else if (previousWasTop && m.value === 1) {
      // a top item that holds a sub-list is a heading, and the sub-list follows it straight
      if (!opensSubList(model, lastTop!, m)) return undefined;
      sub = 1;
      if (!firstSub) {
        firstSub = m;
        parentItem = lastTop;
      }
    } else if (m.value === top + 1) {
      if (sub > 0) resumed = true;
      top++;
      sub = 0;
      previousWasTop = true;
      lastTop = m;
      continue;
    } else return undefined;
    previousWasTop = false;
  }
  return resumed && firstSub && parentItem ? { lists: chain, firstSub, parentItem } : undefined;
}

/** 一、指导思想 then 一、坚持…: the parent reads as a heading and nothing that could be a heading stands between them. */
function opensSubList(model: DocumentModel, parent: Marker, first: Marker): boolean {
  if (!isHeadingLike(model.lines[parent.line]!)) return false;
  for (let i = parent.line + 1; i < first.line; i++) {
    if (!model.markerAt[i] && isHeadingLike(model.lines[i]!)) return false;
  }
  return true;
}
