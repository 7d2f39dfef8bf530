// What a page says beside a published comparator (the Indicator page's table): a joint figure is
// flagged wherever it appears, and a neighbour mean that rests on fewer than all ten neighbours,
// or leaves a figure out, says so. Words come from the benchmark's basis, written by the importer.
import type { Benchmark } from '../schema';

const JOINT = /\bjoint figure\b/i;
const FULL_MEAN = /^mean of (\d+) statistical neighbours$/;

/** "joint figure" for a council figure the DfE published jointly with another council. */
export function comparatorFlag(benchmark: Pick<Benchmark, 'basis' | 'kind'>): string | undefined {
  if (benchmark.kind === 'neighbours') return undefined;
  return JOINT.test(benchmark.basis ?? '') ? 'joint figure' : undefined;
}

/** One line for each comparator whose basis a reader needs: partial means, joint figures. */
export function comparatorNotes(benchmarks: readonly Benchmark[]): string[] {
  return benchmarks
    .filter((benchmark) => {
      const basis = benchmark.basis ?? '';
      if (benchmark.kind === 'neighbours') return basis !== '' && !FULL_MEAN.test(basis);
      return JOINT.test(basis);
    })
    .map((benchmark) => `${benchmark.label}, ${benchmark.period}: ${benchmark.basis}.`);
}
