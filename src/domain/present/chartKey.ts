// A chart's key in words, with the point shapes it names: each shape is drawn for sighted readers
// and hidden from screen readers, who have the words ("green", "special cause improving").
export type KeyPart = string | { symbol: string };

/** The key's words alone, as a screen reader hears them. */
export function keyWords(parts: readonly KeyPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : '')).join('');
}
