import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPolicyPlugin } from './scripts/vite/content-policy.ts';
import { serviceWorkerPlugin } from './scripts/vite/service-worker-plugin.ts';

// The engine has no import side effects (pure TypeScript; its registries are plain values), so a
// bundle keeps only what it uses of the engine's one public entry (src/engine/index.ts): the
// import workers use its segmentation and data maps, not the search.
const treeshake = { moduleSideEffects: [{ test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false }] };

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), contentPolicyPlugin()],
  worker: { format: 'es', rolldownOptions: { treeshake } },
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true, rolldownOptions: { treeshake } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
