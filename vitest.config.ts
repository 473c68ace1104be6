import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'happy-dom',
    // Generous: the suite also runs on loaded 2-core machines; speed is measured by npm run bench, not here.
    testTimeout: 20_000,
  },
});
