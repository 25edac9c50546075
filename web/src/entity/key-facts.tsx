import type { ListEntity, PartialDate } from '../api-types.ts';
import { countryName } from '../country-names.ts';

/** A date as the list gives it: a range, the list's own words, or the date. */
export function formatDate(d: PartialDate): string {
  const date = d.from !== undefined && d.to !== undefined ? `${d.from} to ${d.to}` : d.value;
  // UN notes such as "Approximately" qualify the date; they do not replace it.
  return d.note === undefined || d.note === date ? date : `${date} (${d.note})`;
}

/** Country codes as English names ("Iraq (IQ)"). */
export function formatCountries(codes: readonly string[]): string {
  return codes.map((c) => `${countryName(c)} (${c})`).join(', ');
}

/**
 * The facts an analyst weighs first, in one line: birth date, nationality, programme and listing
 * date; a fact the list does not give is left out rather than shown as a dash.
 */
export function KeyFacts({ entity }: { entity: ListEntity }) {
  const facts: [string, string][] = [];
  if (entity.birthDates.length > 0)
    facts.push(['Born', entity.birthDates.map(formatDate).join('; ')]);
  if (entity.nationalities.length > 0)
    facts.push(['Nationality', formatCountries(entity.nationalities)]);
  else if (entity.countries.length > 0) facts.push(['Country', formatCountries(entity.countries)]);
  if (entity.programs.length > 0) facts.push(['Programme', entity.programs.join(', ')]);
  if (entity.listedOn !== undefined) facts.push(['Listed on', entity.listedOn]);
  if (facts.length === 0)
    return <span class="muted">The list gives no birth date, nationality or programme.</span>;
  return (
    <dl class="key-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
