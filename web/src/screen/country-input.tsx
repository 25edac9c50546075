import { useState } from 'preact/hooks';
import { COUNTRIES, countryName, resolveCountry } from '../country-names.ts';

/**
 * A country box that takes an English name or an ISO code ("Iraq", "iq", "IRQ"), offers names as
 * you type, and refuses what it cannot resolve, instead of cutting a name to two letters.
 */
export function CountryInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (v: string) => void;
}) {
  const [touched, setTouched] = useState(false);
  const text = value.trim();
  const code = text === '' ? undefined : resolveCountry(text);
  const invalid = text !== '' && code === undefined;
  return (
    <label class="country-field">
      <span>Country</span>
      <input
        name="country"
        list="country-names"
        autocomplete="off"
        placeholder="name or code, e.g. Iraq"
        value={value}
        aria-invalid={invalid && touched ? 'true' : undefined}
        aria-describedby="country-hint"
        onInput={(e) => {
          const input = e.currentTarget;
          onChange(input.value);
          input.setCustomValidity(
            input.value.trim() !== '' && resolveCountry(input.value) === undefined
              ? 'Not a country name or ISO code we know: pick one from the list.'
              : '',
          );
        }}
        onBlur={() => {
          setTouched(true);
        }}
      />
      <span id="country-hint" class={invalid && touched ? 'field-error' : 'field-hint'}>
        {code !== undefined
          ? `${countryName(code)} (${code})`
          : invalid && touched
            ? 'Not a country we know: pick one from the list'
            : ''}
      </span>
      <datalist id="country-names">
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
    </label>
  );
}
