// Officers' plain text (a month's commentary) as paragraphs: separated by a blank line, trimmed,
// empty ones dropped. Shown as text, never as HTML.
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
