// The browser build's node:perf_hooks: the worker's own clock.
export const performance: typeof globalThis.performance = globalThis.performance;
