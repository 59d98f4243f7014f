// Repeated timing with min and median: the min is the least-noise figure, the median shows the spread.
import { performance, PerformanceObserver } from 'node:perf_hooks';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarize(samples) {
  return { samples, min: Math.min(...samples), median: median(samples) };
}

/** Runs fn `warmup` times untimed, then `reps` timed times; milliseconds. */
export function timeSync(fn, { reps = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export async function timeAsync(fn, { reps = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** CPU time of this process (all its threads, user + system) in ms. */
export function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * In-process scenarios time with the process's CPU time by default: on a
 * machine shared with other jobs it moves far less than wall time, and on an
 * idle one the two agree. BENCH_CLOCK=wall switches to wall time.
 */
export const inProcessClock = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
export const clockLabel = (clock) => (clock === 'cpu' ? 'CPU time of the process (user + system, all threads)' : 'wall time');

/**
 * Interleaves the measured runs of several candidates (a, b, a, b …) so a
 * noisy moment on the machine hits them alike; returns a summary per name.
 */
export async function timeInterleaved(candidates, { reps = 5, warmup = 1, clock = 'wall', gc = false } = {}) {
  const now = clock === 'cpu' ? cpuNow : () => performance.now();
  const names = Object.keys(candidates);
  for (let i = 0; i < warmup; i++) for (const n of names) await candidates[n]();
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const windows = Object.fromEntries(names.map((n) => [n, []]));
  const pauses = gc ? gcPauses() : undefined;
  for (let i = 0; i < reps; i++) {
    for (const n of names) {
      const w0 = performance.now();
      const t0 = now();
      await candidates[n]();
      samples[n].push(now() - t0);
      windows[n].push([w0, performance.now()]);
    }
  }
  const result = Object.fromEntries(names.map((n) => [n, summarize(samples[n])]));
  if (pauses) {
    const inWindow = await pauses.stop();
    for (const n of names) {
      const paused = windows[n].map(inWindow);
      result[n].gc = summarize(paused);
      // wall time outside the collector's pauses: what the code itself costs, whatever the heap holds
      result[n].outsideGc = summarize(windows[n].map(([a, b], i) => b - a - paused[i]));
    }
  }
  return result;
}

/** Every GC pause of the main thread since the first timing that asked (perf_hooks 'gc' entries: start, duration). */
const gcEntries = [];
let gcObserver;

/**
 * The garbage collector's pauses of the main thread, summed per timed window afterwards: the entries arrive
 * asynchronously, after the synchronous work they interrupted. One observer stays connected for the whole
 * run: a 'gc' observer disconnected and a new one connected straight after received no entries at all.
 */
function gcPauses() {
  if (!gcObserver) {
    gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcEntries.push([e.startTime, e.duration]); });
    gcObserver.observe({ entryTypes: ['gc'] });
  }
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => setImmediate(resolve));
      // entries the observer has not delivered yet (delivery can lag by several turns of the loop)
      for (const e of gcObserver.takeRecords()) gcEntries.push([e.startTime, e.duration]);
      const entries = gcEntries.splice(0); // what earlier timings left is theirs, outside these windows anyway
      return ([from, to]) => entries.reduce((sum, [start, duration]) => (start >= from && start < to ? sum + duration : sum), 0);
    },
  };
}

/** Repetitions: BENCH_REPS overrides the default, --quick halves it. */
export function reps(defaultReps) {
  if (process.env.BENCH_REPS) return Math.max(1, Number(process.env.BENCH_REPS));
  return process.argv.includes('--quick') ? Math.max(3, Math.ceil(defaultReps / 2)) : defaultReps;
}

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
export const fmtMBs = (mbs) => `${mbs >= 100 ? mbs.toFixed(0) : mbs.toFixed(1)} MB/s`;
export const fmtRatio = (r) => (r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`);
