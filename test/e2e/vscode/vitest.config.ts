import { defineConfig } from 'vitest/config';
// The VS Code end-to-end suite: one code-server, one browser, tests in order.
export default defineConfig({
  test: {
    include: ['test/e2e/vscode/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
