/** @vitest-environment jsdom */
// The month view that `npm run report` prints is the one the pages show: for every month of the
// fixture data, each Overview card carries the report's figure, RAG words and direction.
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { monthView } from '../../src/domain/board/monthView';
import { monthReport } from '../../src/domain/present/monthReport';
import { indicators, snapshots } from '../../mocks/fixtures';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();

describe('the report and the pages agree', () => {
  for (const { month } of snapshots) {
    it(`Overview cards for ${month} show the report's figures and words`, async () => {
      const report = monthReport(monthView({ indicators, snapshots }, month));
      renderApp(`/?month=${month}`);
      await findHeading(/Overview/);
      const priority = new Set(indicators.filter((indicator) => indicator.priority).map((indicator) => indicator.id));
      const entries = report.indicators.filter((entry) => priority.has(entry.id));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const card = screen.getByRole('article', { name: entry.name });
        expect(within(card).getByText(entry.words.value, { selector: '.figure' })).toBeInTheDocument();
        // The card's one status starts with the report's RAG word ("Red: below the 85% target"); its direction is the report's change word.
        expect(within(card).getAllByText((text) => text.startsWith(entry.words.rag)).length).toBeGreaterThan(0);
        if (entry.direction) expect(card.textContent).toContain(entry.words.change);
      }
      cleanup();
    });
  }
});
