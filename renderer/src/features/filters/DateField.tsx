import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the forms the filter accepts; empty clears it. */
export function validDate(text: string): boolean {
  if (text === '') return true;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return false;
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/**
 * A date typed as text (ISO: the same in every language, unlike the browser's date picker, which
 * follows the system's locale rather than the interface's); applied when valid.
 */
export function DateField({ label, aria, value, onChange }: { label: string; aria: string; value: string; onChange: (v: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const ok = validDate(text.trim());
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        aria-label={aria}
        aria-invalid={!ok}
        placeholder={t('filters.datePlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (validDate(e.target.value.trim())) onChange(e.target.value.trim());
        }}
      />
      {!ok && <span className="warn">{t('filters.dateInvalid')}</span>}
    </label>
  );
}
