/** @vitest-environment jsdom */
// The Data page's preview hands back what it checked: the converted JSON to download, and links
// to the previewed month's Overview and meeting pack; and it reads the Excel template workbook.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicators, workstreams } from '../../mocks/fixtures';
import { templateWorkbook } from '../../scripts/makeTemplateWorkbook';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();
afterEach(() => vi.restoreAllMocks());

/** The Blob handed to URL.createObjectURL by the download button. */
function catchDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

describe('the preview hands back what it checked', () => {
  it('downloads the JSON converted from a CSV, ready for snapshots/', async () => {
    const blobs = catchDownloads();
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    await user.type(screen.getByLabelText('Month of a CSV file (YYYY-MM)'), '2018-06');
    const csv = new File(['id,value,numerator,denominator,note\nCP5,88%,,,Better\nWF1,21,,,\nFD2,60,,,\nSUP1,91,,,\n'], 'figures.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Snapshot file'), csv);
    expect(await screen.findByRole('heading', { name: 'figures.csv: passed the checks' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the converted JSON (2018-06.json)' }));
    expect(blobs).toHaveLength(1);
    const written = JSON.parse(await blobs[0]!.text());
    expect(written).toMatchObject({ $schema: '../schema/snapshot.schema.json', month: '2018-06', values: { CP5: { value: 88, note: 'Better' }, WF1: 21 } });
  });

  it('links to the month’s Overview and meeting pack, with the file in place', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    const june = { month: '2018-06', status: 'final', values: { CP5: 88, WF1: 21, FD2: 60, SUP1: 91, CL1: 15 } };
    await user.upload(screen.getByLabelText('Snapshot file'), new File([JSON.stringify(june)], '2018-06.json', { type: 'application/json' }));
    expect(await screen.findByRole('link', { name: 'Meeting pack for June 2018' })).toHaveAttribute('href', expect.stringContaining('/meeting-pack/?month=2018-06'));
    await user.click(screen.getByRole('link', { name: 'Overview for June 2018' }));
    await findHeading(/Overview\s*Jun 2018/);
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Preview – not published');
  });

  it('reads the template workbook and names a problem at its cell', async () => {
    const user = userEvent.setup();
    renderApp('/data-files/');
    await findHeading('Data files and checks');
    const bytes = await templateWorkbook(indicators, workstreams, { figures: { CP5: { value: 150 }, WF1: { value: 21 } } });
    const row = indicators.findIndex((indicator) => indicator.id === 'CP5') + 2;
    await user.upload(screen.getByLabelText('Snapshot file'), new File([new Uint8Array(bytes)], 'figures-2018-06.xlsx'));
    expect(await screen.findByRole('heading', { name: 'figures-2018-06.xlsx: has errors' }, { timeout: 12_000 })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^Figures!C${row}: CP5 is a percentage outside 0 to 100`))).toBeInTheDocument();
  });
});
