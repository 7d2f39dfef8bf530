// The importer's JSON layout: an object on one line, so that a diff of a re-import shows one line a
// figure.

/** An object on one line, fields left out when undefined: `{ "a": 1, "b": "x" }`. */
export function formatOneLine(value: object): string {
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .map(([key, field]) => `${JSON.stringify(key)}: ${JSON.stringify(field)}`);
  return `{ ${fields.join(', ')} }`;
}
