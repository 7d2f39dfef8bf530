import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from '../routing/routing';
import { formatMonthLong } from '../domain/months';
import { noScriptMonthNotice, unknownMonthNotice } from '../domain/present/monthNotice';
import { MonthSelect } from './MonthSelect';

/**
 * Choose a month: a select with a Show button (a select that navigated on every arrow key would
 * move keyboard users before they had chosen), and previous and next links. Every choice is a
 * new URL, so the back button walks back through them. Above it, the notice when the address asks
 * for a month with no figures; and, for a reader without JavaScript, that the page drawn at
 * publication shows the latest month whatever its address asks (a static host cannot read `?month=`).
 */
export function MonthPicker({ months, month }: { months: readonly string[]; month: string }) {
  const [params, setParams] = useSearchParams();
  // The choice in the select, until shown; a new month in the URL (previous, next, back) resets it.
  const [draft, setDraft] = useState({ for: month, value: month });
  const chosen = draft.for === month ? draft.value : month;
  const setChosen = (value: string) => setDraft({ for: month, value });
  const index = months.indexOf(month);
  const previous = index > 0 ? months[index - 1] : undefined;
  const next = index >= 0 && index < months.length - 1 ? months[index + 1] : undefined;
  const withMonth = (value: string) => {
    const copy = new URLSearchParams(params);
    copy.set('month', value);
    return `?${copy.toString()}`;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('month', chosen);
      return copy;
    });
  };
  const unknown = unknownMonthNotice(months, params.get('month'));
  const noScript = noScriptMonthNotice(months);
  return (
    <>
      {unknown && (
        <p className="notice notice-warning no-print" role="status">
          {unknown}
        </p>
      )}
      {noScript && (
        <noscript>
          <p className="notice notice-warning no-print">{noScript}</p>
        </noscript>
      )}
      <form className="month-picker" onSubmit={submit} aria-label="Choose a month">
        {previous ? (
          <Link className="month-step" to={withMonth(previous)} aria-label={`Previous month: ${formatMonthLong(previous)}`}>
            <span aria-hidden="true">‹ </span>
            {formatMonthLong(previous)}
          </Link>
        ) : (
          <span className="month-step month-step-none">First month</span>
        )}
        <span className="month-choose">
          <MonthSelect id="month-select" label="Month" months={months} value={months.includes(chosen) ? chosen : month} onChange={setChosen} />
          <button type="submit" className="button button-secondary">
            Show
          </button>
        </span>
        {next ? (
          <Link className="month-step" to={withMonth(next)} aria-label={`Next month: ${formatMonthLong(next)}`}>
            {formatMonthLong(next)}
            <span aria-hidden="true"> ›</span>
          </Link>
        ) : (
          <span className="month-step month-step-none">Latest month</span>
        )}
      </form>
    </>
  );
}
