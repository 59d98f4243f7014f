// Unified diff of two texts for --fix-dry-run (Myers' O(ND) algorithm over lines, 3 lines of context).

/** Splits into lines keeping each terminator, so CRLF changes would show and nothing is lost. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g);
  return lines ?? [];
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Fixes usually rewrite lines in place: pair them up directly, and run Myers only on the differing middle. */
function lineOps(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const head: Op[] = a.slice(0, pre).map((line) => ({ kind: ' ', line }));
  const tail: Op[] = a.slice(a.length - suf).map((line) => ({ kind: ' ', line }));
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  let mid: Op[];
  if (midA.length === midB.length) {
    mid = [];
    for (let i = 0; i < midA.length; i++) {
      if (midA[i] === midB[i]) mid.push({ kind: ' ', line: midA[i]! });
      else mid.push({ kind: '-', line: midA[i]! }, { kind: '+', line: midB[i]! });
    }
  } else mid = myers(midA, midB);
  return [...head, ...mid, ...tail];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // walk the trace backwards to recover the edit script
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1]! < vd[max + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x]! }), y--;
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) ops.push({ kind: ' ', line: a[--x]! }), y--;
  return ops.reverse();
}

function show(line: string): string {
  return line.endsWith('\n') || line.endsWith('\r') ? line.replace(/\r?\n$|\r$/, '') : `${line}\n\\ No newline at end of file`;
}

/** A unified diff (`--- a/file`, `+++ b/file`, @@ hunks); empty when the texts are equal. */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < ops.length) {
    // find the next change
    let j = i;
    while (j < ops.length && ops[j]!.kind === ' ') j++;
    if (j === ops.length) break;
    const start = Math.max(i, j - context);
    for (let s = i; s < start; s++) aLine++, bLine++;
    // extend the hunk while changes are closer than 2×context lines
    let end = j;
    let lastChange = j;
    while (end < ops.length) {
      if (ops[end]!.kind !== ' ') lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    const stop = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@`);
    for (const o of hunk) {
      out.push(o.kind + show(o.line));
      if (o.kind !== '+') aLine++;
      if (o.kind !== '-') bLine++;
    }
    i = stop;
  }
  return out.join('\n') + '\n';
}
