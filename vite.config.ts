import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dashboardData } from './scripts/lib/vitePluginData.ts';
import { contentSecurityPolicy } from './scripts/lib/vitePluginCsp.ts';
import { prerenderPages } from './scripts/lib/vitePluginPrerender.ts';

// DASHBOARD_DATA_DIR builds the same app over another data folder.
const dataDir = process.env.DASHBOARD_DATA_DIR ?? 'data';

// `npm run build` makes the public site: what its pages show, and no officers' file. The
// officers' site, `npm run build -- --mode officers`, also carries their raw files for the Data
// page's checks (src/data/servesRawFiles.ts reads the mode in the browser).
export default defineConfig(({ mode }) => ({
  // Relative asset paths: dist/ works from any folder of any static server.
  base: './',
  plugins: [react(), dashboardData({ dir: dataDir, officers: mode === 'officers' }), contentSecurityPolicy(), prerenderPages()],
  // The Data page's checks run in a module worker (src/data/rawCheck.worker.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
}));
