// Time expressions that head plan sections: months, ranges, quarters, halves, weeks, dates, terms.

export type TimeKind =
  | 'month' // 三月份 / 3月 / 元月
  | 'month-range' // 一月至三月份 / 7-9月 / 11、12月
  | 'quarter' // 第一季度 / 一季度 / Q1
  | 'half' // 上半年 / 下半年
  | 'year' // 全年
  | 'week' // 第3周
  | 'week-range' // 第1-2周 / 第一至二周
  | 'date' // 3月8日
  | 'date-range' // 2月28日--3月6日
  | 'xun' // 三月上旬 / 上旬
  | 'term'; // 寒假 / 暑假 / 第一学期

/** How it was written, for month-style: numerals, 份, connector. */
export interface TimeStyle {
  /** 'cn' 三月, 'arabic' 3月, 'fullwidth' ３月, 'yuan' 元月 */
  numerals?: 'cn' | 'arabic' | 'fullwidth' | 'yuan';
  /** 月份 vs 月 */
  fen?: boolean;
  /** range connector as written: 至 到 — - ～ ~ 、 */
  connector?: string;
  /** 一月至三月份 (month word on both ends) vs 一至三月份 */
  repeatMonth?: boolean;
  /** quarters, weeks and terms: 'di' 第一季度, 'bare' 一季度 / 上学期, 'q' Q1 */
  ordinalForm?: 'di' | 'bare' | 'q';
}

export interface TimeExpression {
  kind: TimeKind;
  /** UTF-16 offsets of the expression within the string that was parsed */
  start: number;
  end: number;
  raw: string;
  /** first and last month covered (1–12), when known; a range may run past December into the next year (fromMonth > toMonth) */
  fromMonth?: number;
  toMonth?: number;
  /** day of month for dates */
  fromDay?: number;
  toDay?: number;
  /** quarter 1–4, half 1–2, week numbers */
  ordinal?: number;
  toOrdinal?: number;
  /** 次年 / 明年 prefix */
  nextYear?: boolean;
  /** the range ends in the following year (九月至次年一月, 第一学期): fromMonth > toMonth is then in order */
  toNextYear?: boolean;
  /** a year written before the expression: 2023年3月 */
  year?: number;
  style: TimeStyle;
  /** reasons the expression is impossible; when set, months/days may lie outside their valid ranges: 十三月, 0月, reversed range, 2月30日, 第五季度 */
  invalid?: 'month-out-of-range' | 'reversed-range' | 'day-out-of-range' | 'quarter-out-of-range' | 'week-out-of-range';
}
