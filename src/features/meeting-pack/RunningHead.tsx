/**
 * The line at the top of each section of the pack: who it is for on the left, the section's
 * page reference (e.g. "CP5 · Nov 2017") on the right. Plain text, so it prints and is read out.
 */
export function RunningHead({ source, reference }: { source: string; reference: string }) {
  return (
    <p className="pack-running-head">
      <span className="pack-running-source">{source}</span>
      <span className="pack-ref">{reference}</span>
    </p>
  );
}
