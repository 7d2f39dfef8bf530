// Imported with `node --import` before publish-data: every flush to disk takes SLOW_FLUSH_MS.
import { slowFlush } from './diskFaults';

slowFlush(Number(process.env.SLOW_FLUSH_MS ?? 300));
