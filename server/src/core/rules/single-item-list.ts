// A sub-list with a single item: （一） and no （二）.
import type { MarkerList } from '../model/types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, problem, q, shown } from './helpers.js';
import { sameStyleLevels } from '../model/twoLevels.js';

const ID = 'single-item-list';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('只有一项的下级列表', 'A sub-list with only one item'),
    tags: ['hierarchy'],
    defaultSeverity: 'info',
    fixable: false,
    docs: {
      zh: '把一个条目再分层，至少要分出两项：只有（一）而没有（二），说明其余各项丢失了，或者这一层编号多余，可以把内容并入上级条目。被重新编号分开的列表（同一节里又从1开始）和接续上一节编号的列表不报告，它们由`numbering-restart`和`numbering-sequence`处理。上级条目一直延续到全文末尾时也不报告：这一节还没有写完，或者粘贴的只是长文的开头部分。',
      en: 'Dividing an item takes at least two parts: a （一） with no （二） means the other items were lost, or the level is redundant and its text belongs to the parent item. Lists split by a numbering restart and lists that continue the numbering of the previous section are left to numbering-restart and numbering-sequence. Nor is a sub-list whose parent item runs to the end of the text: that section is still being written, or the text is the beginning of a longer page.',
      wrong: '一、工作目标\n（一）提高服务水平。\n二、主要任务',
      right: '一、工作目标\n提高服务水平。\n二、主要任务',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const restarted = new Set<MarkerList>();
    const continued = new Set<MarkerList>();
    const lastByFamily = new Map<string, MarkerList>();
    for (const list of model.lists) {
      if (list.restartOf) restarted.add(list.restartOf);
      const prev = lastByFamily.get(list.family);
      if (prev && list.items[0]!.value === prev.items[prev.items.length - 1]!.value + 1) continued.add(prev);
      lastByFamily.set(list.family, list);
    }
    const twoLevels = sameStyleLevels(model).lists;
    for (const list of model.lists) {
      if (list.items.length !== 1 || list.parent.kind !== 'marker') continue;
      if (list.restartOf || restarted.has(list) || continued.has(list) || twoLevels.has(list)) continue;
      // the last section of the text is still open: an excerpt pasted from a longer page, or the part being written
      if (list.parent.endLine >= model.root.endLine) continue;
      const item = list.items[0]!;
      if (item.value !== 1) continue; // a list that does not start at 1 is numbering-sequence's business
      const parent = list.parent.marker!;
      const message = msg(
        `${q(shown(parent))}之下只有一个子项${q(shown(item))}，应补上其余各项，或去掉这一层编号`,
        `${shown(item)} is the only sub-item of ${shown(parent)}: add the other items or drop this level of numbering`,
      );
      reports.push(problem(markerRange(item), message, undefined, [{ range: markerRange(parent), message: PARENT_ITEM }]));
    }
    return reports;
  },
};

const PARENT_ITEM = msg('上级条目', 'parent item');
