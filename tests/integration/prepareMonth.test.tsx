/** @vitest-environment jsdom */
// The Prepare a month page against the msw data folder: a new month with last month's figures
// beside its fields and its words carried over, marked until changed or kept, listed first at
// Download; check-data's message above a field as it is typed; the draft kept in local storage, a
// draft that cannot be kept said at once, another tab's change never overwritten without a word.
// The form in sections, with a contents list at its top counting each section's fields.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_STORAGE_KEY } from '../../src/domain/contract/draftCheck';
import { snapshots } from '../../mocks/fixtures';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();
afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

const latest = [...snapshots].sort((a, b) => a.month.localeCompare(b.month)).at(-1)!;

describe('Prepare a month', () => {
  it('shows last month’s figure beside each field of the month after it, not typed into it', async () => {
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const month = screen.getByLabelText('Month (YYYY-MM)');
    expect((month as HTMLInputElement).value).toBe('2018-06');
    expect(latest.month).toBe('2018-05');
    const cp5 = screen.getByRole('group', { name: /^CP5:/ });
    const value = within(cp5).getByLabelText(/^Value/);
    expect((value as HTMLInputElement).value).toBe('');
    expect(value).toHaveAccessibleDescription(/^Last month, May 2018: 86%\. A percentage from 0 to 100/);
    expect(screen.getByRole('button', { name: 'Download 2018-06.json' })).toBeInTheDocument();
  });

  it('marks last month’s words carried over, lists them first at Download, and downloads only once each is changed or kept', async () => {
    const user = userEvent.setup();
    // jsdom has no object URLs and does not scroll: the download's blob is read from the first.
    const createObjectURL = vi.fn(() => 'blob:draft');
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: vi.fn() }));
    Element.prototype.scrollIntoView = vi.fn();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    expect((screen.getByLabelText('Commentary') as HTMLTextAreaElement).value).toBe(latest.commentary);
    const keepCommentary = screen.getAllByRole('checkbox', { name: 'Keep it as it is for June 2018' })[0]!;
    expect(keepCommentary).toHaveAccessibleDescription(/^Carried over from May 2018\. Not yet confirmed/);

    await user.click(screen.getByRole('button', { name: 'Download 2018-06.json' }));
    const summary = await screen.findByRole('alert', { name: 'Carried over from May 2018 and not yet confirmed (2)' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['The month’s commentary', 'Practice: RAG, status, highlights, risks and action plan']);
    expect(createObjectURL).not.toHaveBeenCalled();

    // A link takes focus to the part's box; ticking it keeps the part; changing a part is confirming it.
    await user.click(within(summary).getByRole('link', { name: 'The month’s commentary' }));
    expect(keepCommentary).toHaveFocus();
    await user.click(keepCommentary);
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Practice: RAG, status, highlights, risks and action plan']);
    await user.type(within(screen.getByRole('group', { name: /^Practice/ })).getByLabelText('Status'), 'On track');
    await waitFor(() => expect(screen.queryByRole('alert', { name: /^Carried over/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Download 2018-06.json' }));
    expect(await screen.findByText(/^Downloaded 2018-06\.json\./)).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const written = JSON.parse(await (createObjectURL.mock.calls[0] as unknown as [Blob])[0].text());
    expect(written.values.CP5).toBeNull();
    expect(written.commentary).toBe(latest.commentary);
    expect(written.workstreams.practice).toEqual({ rag: 'green', status: 'On track' });
  });

  it('lists the form’s sections at its top, counting each one’s fields, filled, problems and parts to confirm; a link takes focus to its section', async () => {
    const user = userEvent.setup();
    Element.prototype.scrollIntoView = vi.fn();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const entries = within(contents).getAllByRole('listitem').filter((item) => item.querySelector('ol') === null);
    const entry = (name: string) => entries.find((item) => item.querySelector('a')?.textContent === name)!;
    // The indicators by the catalogue's area (Workforce's CL1 with WF1), then each workstream.
    expect(within(contents).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'The month',
      'Indicators',
      'Child protection',
      'Workforce',
      'Front door',
      'Quality of practice',
      'Workstreams',
      'Practice',
      'People and Performance',
      'Questions for the committee',
      'Check and download',
    ]);
    // The month is filled in from May 2018 (its commentary carried over, to confirm).
    expect(entry('The month')).toHaveTextContent(/^The month 3 fields: 3 filled, (1 warning, )?1 to confirm\.$/);
    // WF1, a percentage, 9 fields; CL1, a number, 7 (no numerator or denominator).
    expect(entry('Workforce')).toHaveTextContent(/^Workforce 16 fields: 0 filled, 1 warning\.$/);

    // A problem typed into a field is counted in its section's entry at once.
    const cp5 = screen.getByRole('group', { name: /^CP5:/ });
    await user.type(within(cp5).getByLabelText(/^Value/), '150');
    await waitFor(() => expect(entry('Child protection')).toHaveTextContent(/1 filled, 1 problem\.$/));
    expect(entry('Check and download')).toHaveTextContent(/^Check and download 1 problem, (\d+ warnings?, )?2 to confirm\.$/);

    // Each link takes focus to its section's heading; the section holds its indicators.
    await user.click(within(contents).getByRole('link', { name: 'Workforce' }));
    const workforce = screen.getByRole('heading', { level: 3, name: 'Workforce' });
    expect(workforce).toHaveFocus();
    expect(within(workforce.parentElement!).getAllByRole('group', { name: /^(WF1|CL1):/ })).toHaveLength(2);
    await user.click(within(contents).getByRole('link', { name: 'People and Performance' }));
    expect(screen.getByRole('heading', { level: 3, name: /^People and Performance/ })).toHaveFocus();
  });

  it('has one Download for the whole form, on a bar with a link back to the contents', async () => {
    const user = userEvent.setup();
    Element.prototype.scrollIntoView = vi.fn();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    expect(screen.getAllByRole('button', { name: /^Download/ })).toHaveLength(1);
    const bar = screen.getByRole('button', { name: 'Download 2018-06.json' }).parentElement!;
    await user.click(within(bar).getByRole('link', { name: 'Back to contents' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Contents' })).toHaveFocus();
  });

  it('says at once, as an alert, when this browser will not keep the draft', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      renderApp('/prepare-month/');
      await findHeading('Prepare a month');
      expect(screen.getByRole('alert')).toHaveTextContent(/^This browser cannot keep your draft: its storage is blocked .* or full\./);
      expect(screen.getByText('This browser is not keeping your draft: download the file before you close or reload this page.')).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
    }
  });

  it('stops keeping this tab’s draft when another tab changes it, and takes the other’s when asked', async () => {
    const user = userEvent.setup();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const value = () => within(screen.getByRole('group', { name: /^CP5:/ })).getByLabelText(/^Value/) as HTMLInputElement;
    await user.type(value(), '90');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!).values.CP5.value).toBe('90'));

    // Another tab stores its own draft: the browser tells this one with a storage event.
    const theirs = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!);
    theirs.values.CP5.value = '70';
    const text = JSON.stringify(theirs);
    localStorage.setItem(DRAFT_STORAGE_KEY, text);
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_STORAGE_KEY, newValue: text })));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(/^Your draft was changed in another tab or window of this browser\./);

    // Typing here now keeps nothing over the other tab's draft.
    await user.type(value(), '1');
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(text);

    await user.click(within(notice).getByRole('button', { name: 'Use the other tab’s draft' }));
    expect(value().value).toBe('70');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps this tab’s draft over the other’s when asked', async () => {
    const user = userEvent.setup();
    renderApp('/prepare-month/');
    await findHeading('Prepare a month');
    const value = within(screen.getByRole('group', { name: /^CP5:/ })).getByLabelText(/^Value/);
    await user.type(value, '90');
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_STORAGE_KEY, newValue: null })));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(/^Your draft was downloaded or discarded in another tab/);
    await user.click(within(notice).getByRole('button', { name: 'Keep this tab’s draft' }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null')?.values?.CP5?.value).toBe('90'));
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
