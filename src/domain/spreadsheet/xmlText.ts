// Text and attributes as SpreadsheetML writes them: XML's line ends and character references, then
// Excel's own _xHHHH_ escapes. Nothing here expands anything but the five predefined entities and
// numeric references: no DTD, no external entity is ever read.

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function character(hex: string | undefined, decimal: string | undefined, name: string | undefined, whole: string): string {
  if (name) return NAMED[name]!;
  const code = hex ? parseInt(hex, 16) : Number(decimal);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * The text of an element or attribute as XML means it: a line end written CR LF or CR is LF (XML
 * 1.0 §2.11; a CR the author meant is written &#13; or, by Excel, _x000D_), and references decoded.
 * An unknown entity is left as written rather than dropped.
 */
export function decodeXml(raw: string): string {
  let text = raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('&')) text = text.replace(ENTITY, (whole, hex, decimal, name) => character(hex, decimal, name, whole));
  return text;
}

/**
 * Excel's escapes for characters XML cannot hold (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): _x000D_
 * is a carriage return, and _x005F_ an underscore that protects what follows, so _x005F_x0041_ is
 * the text "_x0041_". Matches are taken left to right without overlap, as Excel reads them.
 */
export function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * The attributes of a start tag (the text between `<name` and `>`), by local name: `r:id` is `id`.
 * For the small parts (workbook, relationships, styles); the sheet scanner reads its own.
 */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (!attributes.has(match[2]!)) attributes.set(match[2]!, decodeXml(match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** A start tag's attributes, where a quoted value may hold a ">". */
const TAG_REST = `((?:[^>"']|"[^"]*"|'[^']*')*?)(/?)>`;

/** Each start tag `<name …>` or `<prefix:name …/>` in `xml`, as its attributes. */
export function* tagsNamed(xml: string, name: string): Generator<Map<string, string>> {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])${TAG_REST}`, 'g');
  for (const match of xml.matchAll(pattern)) yield attributesOf(match[1]!);
}

/** The text between `<name …>` and its `</name>` (the first one), or undefined. */
export function elementBody(xml: string, name: string): string | undefined {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})(?=[\\s/>])${TAG_REST}`).exec(xml);
  if (!open || open[3] === '/') return open ? '' : undefined;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1]}>`, start);
  return end < 0 ? undefined : xml.slice(start, end);
}
