// The plandoc-disable comments the quick fixes insert (README § Configuration, inline). Pure, for unit tests.

/** The comment that turns `ruleId` off on one line, appended to it: 一、标题 <!-- plandoc-disable-line marker-punctuation --> */
export function disableLineEdit(lineText: string, ruleId: string): { character: number; text: string } {
  const existing = /<!--\s*plandoc-disable-line((?:\s+[\w-]+)*)\s*-->\s*$/.exec(lineText);
  if (existing) {
    // one comment per line: add the rule to the one already there
    const at = existing.index + existing[0].indexOf('-->');
    return { character: at, text: `${existing[1] ? '' : ' '}${ruleId} ` };
  }
  return { character: lineText.length, text: `${/\s$/.test(lineText) || lineText === '' ? '' : ' '}<!-- plandoc-disable-line ${ruleId} -->` };
}

/** The comment that turns `ruleId` off in the whole document, as the document's first line. */
export function disableFileText(ruleId: string, eol: string): string {
  return `<!-- plandoc-disable ${ruleId} -->${eol}`;
}
