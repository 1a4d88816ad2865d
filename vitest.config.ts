import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the heaviest tests (a 500-employee office in the vm, the model-based state machine) take ~10 s alone and
    // several times that on a loaded 2-core machine
    testTimeout: 90_000,
    coverage: {
      enabled: true,
      provider: 'v8',
      // the add-on runs as the built Code.js in a vm: its source map (Code.js.map) maps those runs back to
      // addon/ and shared/
      include: ['shared/**/*.ts', 'addon/**/*.ts', 'functions/**/*.ts', 'dist/addon/Code.js'],
      // the sidebar client runs in Chromium (test/browser), outside V8 coverage of the test process;
      // libraries bundled into Code.js are not ours to cover
      exclude: ['addon/sidebar/**', '**/node_modules/**'],
      reporter: ['text-summary'],
      // a gate for each shell and the core
      thresholds: {
        'shared/**': { lines: 90, functions: 90, branches: 80, statements: 90 },
        'addon/**': { lines: 85, functions: 85, branches: 75, statements: 85 },
        'functions/**': { lines: 85, functions: 85, branches: 70, statements: 85 },
      },
    },
  },
});
