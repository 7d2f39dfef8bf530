/** @vitest-environment jsdom */
// A month page asked for a month with no figures shows the latest and says so, in words, above its
// month picker; asked for a month it has, or for none, it says nothing of the kind.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findHeading, renderApp, useMswServer } from './renderApp';

useMswServer();

const notice = () => screen.queryByText(/^There are no figures for|^The address asks for the month/);

describe('a month the data does not have', () => {
  it('the Overview at ?month=2030-01 shows May 2018, the latest, and says there are no figures for January 2030', async () => {
    renderApp('/?month=2030-01');
    await findHeading(/Overview\s*May 2018/);
    expect(notice()).toHaveTextContent('There are no figures for January 2030: the dashboard has figures from January 2018 to May 2018. Showing May 2018, the latest month.');
    expect(notice()).toHaveAttribute('role', 'status');
  });

  it('the Targets page at a month missing between two others says so too', async () => {
    renderApp('/targets/?month=2018-04');
    await findHeading(/Targets\s*May 2018/);
    expect(notice()).toHaveTextContent(/^There are no figures for April 2018:/);
  });

  it('an indicator page at ?month=2018-4 quotes what is not a month', async () => {
    renderApp('/indicator/CP5/?month=2018-4');
    await findHeading(/May 2018/);
    expect(notice()).toHaveTextContent(/^The address asks for the month “2018-4”, which is not a month written YYYY-MM/);
  });

  it('says nothing when the month asked for has figures, or none is asked for', async () => {
    renderApp('/?month=2018-02');
    await findHeading(/Overview\s*Feb 2018/);
    expect(notice()).toBeNull();
  });
});
