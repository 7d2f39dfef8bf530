/** Officers' plain text, in its paragraphs (present/paragraphs.ts). Rendered as text, never as HTML. */
export function Commentary({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <div className="commentary">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
