/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { seedGraphPlugin } from './cli/build/seedGraphPlugin.ts';
import { unusedModelsPlugin } from './cli/build/unusedModelsPlugin.ts';

// One config for the app build, the preview server the e2e tests run against, and Vitest.
export default defineConfig({
  plugins: [react(), seedGraphPlugin()],
  // The worker's bundle is built by its own plugin list.
  worker: { format: 'es', plugins: () => [unusedModelsPlugin()] },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
