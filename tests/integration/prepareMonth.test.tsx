/** @vitest-environment jsdom */
// The Prepare a month page against the msw data folder: labelled fields filled in from the latest
// month, check-data's message above a field as it is typed, the draft kept in local storage.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_STORAGE_KEY } from '../../src/domain/contract/draftCheck';
import { snapshots } from '../../mocks/fixtures';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();
afterEach(() => localStorage.clear());

const latest = [...snapshots].sort((a, b) => a.month.localeCompare(b.month)).at(-1)!;

describe('Prepare a month', () => {
  it('is filled in from the latest month, for the month after it', async () => {
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const month = screen.getByLabelText('Month (YYYY-MM)');
    expect((month as HTMLInputElement).value).not.toBe(latest.month);
    const cp5 = screen.getByRole('group', { name: /^CP5:/ });
    const latestCp5 = latest.values.CP5;
    const expected = typeof latestCp5 === 'object' && latestCp5 !== null ? latestCp5.value : latestCp5;
    expect((within(cp5).getByLabelText(/^Value/) as HTMLInputElement).value).toBe(expected === null || expected === undefined ? '' : String(expected));
    expect(screen.getByRole('button', { name: `Download ${(month as HTMLInputElement).value}.json` })).toBeInTheDocument();
  });

  it('shows check-data’s message above a field as it is typed, tied to it, and keeps the draft', async () => {
    const user = userEvent.setup();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const cp5 = screen.getByRole('group', { name: /^CP5:/ });
    const value = within(cp5).getByLabelText(/^Value/);
    await user.clear(within(cp5).getByLabelText('Numerator'));
    await user.clear(within(cp5).getByLabelText('Denominator'));
    await user.clear(value);
    await user.type(value, '150');
    await waitFor(() => expect(value).toHaveAttribute('aria-invalid', 'true'));
    expect(value).toHaveAccessibleDescription(/percentage outside 0 to 100/);
    expect(within(screen.getByRole('region', { name: 'There is a problem' })).getByRole('link', { name: /^CP5 .*: value: .*outside 0 to 100/ })).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
    expect(stored?.values?.CP5?.value).toBe('150');

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'There is a problem' })).not.toBeInTheDocument());
  });
});
