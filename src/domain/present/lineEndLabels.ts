// Labels written at the right-hand end of each line (England, Region, Target...), so a line is
// named where the eye is, in colour or in grey. Lines that end close together (England, region
// and the neighbours are often within a point of each other) have their labels pushed apart, in
// pixels, until each has a line of text to itself; a thin leader joins a moved label to its line.
import { pixelY, type ChartScale } from './chartScale';

export interface LineEnd {
  key: string;
  label: string;
  /** The line's last value on the chart; null or undefined when it does not reach the end. */
  value: number | null | undefined;
}

export interface PlacedLabel {
  key: string;
  label: string;
  value: number;
  /** Where the line ends, in pixels from the top of the plot. */
  lineY: number;
  /** Where the label's middle goes, in pixels from the top of the plot. */
  labelY: number;
}

/**
 * One label per line that reaches the end, at least `gap` pixels apart, kept within the plot's
 * `height`, in the same top-to-bottom order as the lines.
 */
export function lineEndLabels(lines: readonly LineEnd[], scale: ChartScale, height: number, gap = 14): PlacedLabel[] {
  const placed = lines
    .filter((line): line is LineEnd & { value: number } => typeof line.value === 'number')
    .map((line) => ({ key: line.key, label: line.label, value: line.value, lineY: pixelY(line.value, scale, height), labelY: pixelY(line.value, scale, height) }))
    .sort((a, b) => a.lineY - b.lineY);
  if (placed.length === 0) return [];
  // Push down from the top, then back up from the bottom edge if the stack runs off the plot.
  placed[0]!.labelY = Math.max(placed[0]!.labelY, gap / 2);
  for (let index = 1; index < placed.length; index++) placed[index]!.labelY = Math.max(placed[index]!.labelY, placed[index - 1]!.labelY + gap);
  const last = placed.length - 1;
  placed[last]!.labelY = Math.min(placed[last]!.labelY, height - gap / 2);
  for (let index = last - 1; index >= 0; index--) placed[index]!.labelY = Math.min(placed[index]!.labelY, placed[index + 1]!.labelY - gap);
  return placed;
}

/** The room, in pixels, the labels take right of the plot: a leader, a gap and the longest name at about 6.6 px a character. */
export function endLabelRoom(labels: readonly { label: string }[]): number {
  return 16 + Math.max(0, ...labels.map((label) => label.label.length * 6.6 + 14));
}
