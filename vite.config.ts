import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPolicyPlugin } from './scripts/vite/content-policy.ts';
import { serviceWorkerPlugin } from './scripts/vite/service-worker-plugin.ts';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(), contentPolicyPlugin()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
