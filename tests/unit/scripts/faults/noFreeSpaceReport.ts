// Imported with `node --import` before publish-data: the system cannot say how much space is
// free, so the command cannot refuse beforehand and meets the full disk while writing.
import { reportedFreeSpace } from './diskFaults';

reportedFreeSpace(undefined);
