import { formatMonthLong } from '../domain/months';

/** A labelled select of reporting months, newest first ("March 2019"). */
export function MonthSelect({ id, label, months, value, onChange }: { id: string; label: string; months: readonly string[]; value: string; onChange: (month: string) => void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {[...months].reverse().map((month) => (
          <option key={month} value={month}>
            {formatMonthLong(month)}
          </option>
        ))}
      </select>
    </>
  );
}
