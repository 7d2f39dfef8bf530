/** Officers' plain text: paragraphs separated by a blank line. Rendered as text, never as HTML. */
export function Commentary({ text }: { text: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return (
    <div className="commentary">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
