// Whether this site serves the officers' raw files beside what is published. The public site
// (`npm run build`, Vite's production mode) serves only what its pages show; the officers' site
// (`npm run build -- --mode officers`) and the dev server also serve the data folder's files, for
// the Data page's checks. Tests run as the officers' site.
export const SERVES_RAW_FILES = import.meta.env.MODE !== 'production';
