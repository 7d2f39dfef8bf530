// npm run bench's options ([-- --quick] [-- --pairs 7] [-- --no-lighthouse] [-- --no-annex-a] [-- --keep]), and its
// progress log on stderr, timed from the start.
const args = process.argv.slice(2);
export const quick = args.includes('--quick');
const pairsArg = args.indexOf('--pairs');
export const PAIRS = pairsArg === -1 ? (quick ? 3 : 5) : Math.max(1, Number(args[pairsArg + 1]));
export const PAGE_RUNS = quick ? 2 : 5;
export const FETCH_RUNS = quick ? 1 : 2;
export const CHECK_RUNS = quick ? 1 : 3;
export const LIGHTHOUSE = !args.includes('--no-lighthouse');
export const KEEP = args.includes('--keep');
/** Counting a month from a generated 200,000-row Annex A extract against openpyxl's read (issue #25). */
export const ANNEX_A = !args.includes('--no-annex-a');

/** When the benchmark started (performance.now()). */
export const started = performance.now();
export const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
