import { describe, expect, it } from 'vitest';
import { lineEndLabels } from '../../../src/domain/present/lineEndLabels';

const scale = { domain: [0, 100] as [number, number], ticks: [0, 50, 100] };

describe('labels at the ends of lines', () => {
  it('leaves a label beside its line when there is room', () => {
    const [label] = lineEndLabels([{ key: 'target', label: 'Target', value: 50 }], scale, 200);
    expect(label).toMatchObject({ key: 'target', lineY: 100, labelY: 100 });
  });

  it('pushes apart labels of lines ending close together, keeping their order', () => {
    // England, region and the neighbours within a point of each other (about 77%).
    const placed = lineEndLabels(
      [
        { key: 'england', label: 'England', value: 76.9 },
        { key: 'region', label: 'Outer London', value: 77.8 },
        { key: 'neighbours', label: 'Neighbours', value: 77.2 },
      ],
      scale,
      200,
      14,
    );
    expect(placed.map((label) => label.key)).toEqual(['region', 'neighbours', 'england']);
    for (let index = 1; index < placed.length; index++) expect(placed[index]!.labelY - placed[index - 1]!.labelY).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it('keeps a stack of labels inside the plot at its bottom edge', () => {
    const placed = lineEndLabels(
      [
        { key: 'a', label: 'A', value: 0 },
        { key: 'b', label: 'B', value: 0.5 },
        { key: 'c', label: 'C', value: 1 },
      ],
      scale,
      200,
      14,
    );
    expect(placed[placed.length - 1]!.labelY).toBeLessThanOrEqual(200 - 7);
    expect(placed[0]!.labelY).toBeLessThanOrEqual(200 - 7 - 28 + 1e-9);
  });

  it('labels only lines that reach the end of the chart', () => {
    expect(lineEndLabels([{ key: 'england', label: 'England', value: null }, { key: 'target', label: 'Target', value: undefined }], scale, 200)).toEqual([]);
  });
});
