// npm run check-data [-- <folder>]: check a data folder against the contract.
// One line per problem, compiler style, then a summary. A problem alike in many files is listed in
// its first three and then counted, never a flood. Exit 0 without errors, 1 with any.
import { formatProblem, summariseProblems, countProblems, printable } from '../src/domain/contract/problems.ts';
import { describeFold, foldAlikeProblems } from '../src/domain/contract/problemFolding.ts';
import { checkFolder } from './lib/dataFolder.ts';

const folder = process.argv[2] ?? process.env.DASHBOARD_DATA_DIR ?? 'data';
try {
  const { dataset, files } = checkFolder(folder);
  const shown = folder.replace(/\/+$/, '');
  const { shown: listed, folded } = foldAlikeProblems(dataset.problems);
  for (const problem of listed) console.log(formatProblem(problem, shown));
  for (const fold of folded) console.log(`${printable(`${shown}/${[...fold.files].sort()[0]}`)}: note: ${printable(describeFold(fold))} (${printable(fold.first.message)})`);
  console.log(summariseProblems(dataset.problems, files.length));
  process.exitCode = countProblems(dataset.problems).errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`check-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
