// Globs from config files (overrides[].files, ignores), matched in time linear in the path: picomatch turns
// `*a*a*a*a*a*a*a*b` into a backtracking regular expression that took 36 s on one long file name and froze the
// language server (issue 15). Here a path is matched segment by segment as a set of states (an NFA walk), so
// no pattern can make a match take more than (path length × pattern length) steps.
//
// Supported, as picomatch reads them with `dot: true`: `*`, `?`, `[abc]` `[a-z]` `[!a]` `[^a]`, `**` as a whole
// segment (any number of folders), `{a,b}` alternatives (nested), `\` escapes, a leading `!` (negation) and
// `./`. `matchBase`: a glob without `/` is matched against the file name alone.

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; singles: string; ranges: [string, string][] };

type Segment = '**' | Token[];

interface Compiled {
  negated: boolean;
  /** one entry per brace alternative */
  alternatives: Segment[][];
}

/** Brace expansion stops here: the rest of the glob is taken literally instead of growing without bound. */
const MAX_ALTERNATIVES = 256;

const compiledCache = new Map<string, Compiled>();

export function matchesGlob(glob: string, path: string, options: { matchBase?: boolean } = {}): boolean {
  const compiled = compile(glob);
  let subject = path;
  if (options.matchBase) subject = path.slice(path.lastIndexOf('/') + 1);
  const segments = subject.split('/');
  const hit = compiled.alternatives.some((alt) => matchSegments(alt, segments));
  return compiled.negated ? !hit : hit;
}

function compile(glob: string): Compiled {
  const known = compiledCache.get(glob);
  if (known) return known;
  let body = glob;
  let negated = false;
  while (body.startsWith('!')) {
    negated = !negated;
    body = body.slice(1);
  }
  while (body.startsWith('./')) body = body.slice(2);
  const compiled: Compiled = { negated, alternatives: expandBraces(body).map(parseSegments) };
  if (compiledCache.size > 1000) compiledCache.clear();
  compiledCache.set(glob, compiled);
  return compiled;
}

/** `a{b,c{d,e}}` → ab, acd, ace. Unbalanced braces are literal. */
export function expandBraces(glob: string): string[] {
  const open = findUnescaped(glob, '{', 0);
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || !commas.length) {
    // not an alternative: keep `{…}` literal and look for braces after it
    const head = glob.slice(0, open + 1).replace(/\{/g, '\\{');
    return expandBraces(glob.slice(open + 1)).map((rest) => head + rest);
  }
  const prefix = glob.slice(0, open);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  const suffixes = expandBraces(glob.slice(close + 1));
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const middle of expandBraces(glob.slice(bounds[k]! + 1, bounds[k + 1]!))) {
      for (const suffix of suffixes) {
        out.push(prefix + middle + suffix);
        if (out.length > MAX_ALTERNATIVES) return [glob.replace(/[{}]/g, '\\$&')];
      }
    }
  }
  return out;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function parseSegments(glob: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of splitUnescaped(glob)) {
    if (part === '**') {
      if (segments[segments.length - 1] !== '**') segments.push('**');
    } else segments.push(parseSegment(part));
  }
  return segments;
}

function splitUnescaped(glob: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let inClass = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      parts.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(glob.slice(start));
  return parts;
}

function parseSegment(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) tokens.push({ kind: 'char', char: text[++i]! });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' }); // ** inside a segment is *
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[') {
      const parsed = parseClass(text, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char: c });
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function parseClass(text: string, at: number): { token: Token; end: number } | undefined {
  let i = at + 1;
  const negated = text[i] === '!' || text[i] === '^';
  if (negated) i++;
  let singles = '';
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < text.length; i++) {
    let c = text[i]!;
    if (c === ']' && !first) return { token: { kind: 'class', negated, singles, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < text.length) c = text[++i]!;
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let to = text[i + 2]!;
      i += 2;
      if (to === '\\' && i + 1 < text.length) to = text[++i]!;
      ranges.push([c, to]);
    } else singles += c;
  }
  return undefined; // no closing bracket: a literal [
}

/** Folder by folder: the set of pattern positions reachable after each path segment. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  let states = closeOverGlobstars(pattern, new Set([0]));
  for (const segment of path) {
    const next = new Set<number>();
    for (const i of states) {
      const p = pattern[i];
      if (p === undefined) continue;
      if (p === '**') next.add(i); // ** takes this folder too
      else if (matchSegment(p, segment)) next.add(i + 1);
    }
    if (!next.size) return false;
    states = closeOverGlobstars(pattern, next);
  }
  return states.has(pattern.length);
}

function closeOverGlobstars(pattern: Segment[], states: Set<number>): Set<number> {
  for (const i of [...states]) for (let k = i; pattern[k] === '**'; k++) states.add(k + 1);
  return states;
}

/** One segment against one path component: a state set over the tokens, one step per character. */
function matchSegment(tokens: Token[], text: string): boolean {
  const n = tokens.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  current[0] = 1;
  closeOverStars(tokens, current);
  for (const char of text) {
    next.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!current[i]) continue;
      const t = tokens[i]!;
      if (t.kind === 'star') {
        next[i] = 1;
        any = true;
      } else if (t.kind === 'one' || (t.kind === 'char' && t.char === char) || (t.kind === 'class' && inClass(t, char))) {
        next[i + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    closeOverStars(tokens, next);
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

function closeOverStars(tokens: Token[], states: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) if (states[i] && tokens[i]!.kind === 'star') states[i + 1] = 1;
}

function inClass(t: Extract<Token, { kind: 'class' }>, char: string): boolean {
  const hit = t.singles.includes(char) || t.ranges.some(([a, b]) => char >= a && char <= b);
  return hit !== t.negated;
}
