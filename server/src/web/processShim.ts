// The browser build's Node globals (esbuild inject): the server's few uses of them, as a Web Worker can have them.
//  - process: only the memory figures of the plandoc/stats request, which a worker does not have (reported as 0);
//  - setImmediate / clearImmediate: the validator's "run next, before timers" (lsp/validator.ts), here a
//    MessageChannel task, which, unlike a 0 ms timer, is not clamped to a minimum delay.
export const process = {
  env: {} as Record<string, string | undefined>,
  memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
};

type Task = () => void;
const queue = new Map<number, Task>();
let nextHandle = 1;
let channel: { port1: { onmessage: ((e: { data: number }) => void) | null }; port2: { postMessage(handle: number): void } } | undefined;

export function setImmediate(run: Task): number {
  if (!channel) {
    channel = new (globalThis as unknown as { MessageChannel: new () => NonNullable<typeof channel> }).MessageChannel();
    channel.port1.onmessage = (e) => {
      const task = queue.get(e.data);
      queue.delete(e.data);
      task?.();
    };
  }
  const handle = nextHandle++;
  queue.set(handle, run);
  channel.port2.postMessage(handle);
  return handle;
}

export function clearImmediate(handle: number | undefined): void {
  if (handle !== undefined) queue.delete(handle);
}
