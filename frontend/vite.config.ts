/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the UI on :5173 and passes the server's routes to `balans serve` on :8080.
const server = process.env.BALANS_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // Designsystemet's React package declares no `sideEffects`, so every component (and the
      // floating-ui, virtualiser and combobox behind them) would be bundled; its modules only
      // define components, so those not imported are left out.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/designsystemet-react/') },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: server, ws: true },
      '/auth': server,
      '/export': server,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
