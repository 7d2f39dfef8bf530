import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dashboardData } from './scripts/lib/vitePluginData.ts';
import { contentSecurityPolicy } from './scripts/lib/vitePluginCsp.ts';
import { prerenderPages } from './scripts/lib/vitePluginPrerender.ts';

// DASHBOARD_DATA_DIR builds the same app over another data folder.
const dataDir = process.env.DASHBOARD_DATA_DIR ?? 'data';

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any static server.
  base: './',
  plugins: [react(), dashboardData({ dir: dataDir }), contentSecurityPolicy(), prerenderPages()],
  // The Data page's checks run in a module worker (src/data/rawCheck.worker.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
});
