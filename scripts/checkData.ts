// npm run check-data [-- <folder>]: check a data folder against the contract.
// One line per problem, compiler style, then a summary. A problem alike in many files is listed in
// its first three and then counted, never a flood. Exit 0 without errors, 1 with any.
import { summariseProblems, countProblems } from '../src/domain/contract/problems.ts';
import { problemLines } from '../src/domain/contract/problemFolding.ts';
import { checkFolder } from './lib/dataFolder.ts';

const folder = process.argv[2] ?? process.env.DASHBOARD_DATA_DIR ?? 'data';
try {
  const { dataset, files } = checkFolder(folder);
  const shown = folder.replace(/\/+$/, '');
  for (const { line } of problemLines(dataset.problems, shown)) console.log(line);
  console.log(summariseProblems(dataset.problems, files.length));
  process.exitCode = countProblems(dataset.problems).errors > 0 ? 1 : 0;
} catch (error) {
  console.error(`check-data: ${(error as Error).message}`);
  process.exitCode = 1;
}
