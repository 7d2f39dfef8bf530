// Ids are how files refer to each other: two the same, or the same but for case, is an error.
import type { JsonPath } from './jsonSource';
import { problemAt, type Problem } from './problems';
import type { Locate } from './unitRange';

/** Every id in `items` (a list at `listPath`) different, ignoring case. */
export function checkUniqueIds(file: string, items: readonly { id: string }[], listPath: JsonPath, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const key = item.id.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problemAt(file, 'error', 'duplicate-id', earlier === item.id ? `The id "${item.id}" is used twice` : `The ids "${earlier}" and "${item.id}" differ only in case`, {
          path: [...listPath, index, 'id'],
          position: locate([...listPath, index, 'id']),
          expected: 'every id different (ignoring case)',
          found: `"${item.id}" again`,
        }),
      );
    } else seen.set(key, item.id);
  });
  return problems;
}

/** A catalogue with nothing in it: one error on the file, not one for every figure that names it. */
export function checkNotEmpty(file: string, items: readonly unknown[], listPath: JsonPath, what: string, locate: Locate): Problem[] {
  if (items.length > 0) return [];
  return [
    problemAt(file, 'error', 'empty-catalogue', `${file} lists no ${what}`, {
      path: listPath,
      position: locate(listPath),
      expected: `at least one ${what.replace(/s$/, '')}`,
      found: 'an empty list',
    }),
  ];
}
