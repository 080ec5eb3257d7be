import { useEffect, useId, useState } from 'react';
import { t } from '../i18n/messages';
import { SEARCH_TIME_LIMIT_RANGE, useSettings } from '../store/settings';

/** The header's setting of how long a search may run; a value out of range is not taken. */
export function SearchTimeLimit() {
  const id = useId();
  const seconds = useSettings((s) => s.searchTimeLimit);
  const setSeconds = useSettings((s) => s.setSearchTimeLimit);
  const [draft, setDraft] = useState(String(seconds));
  useEffect(() => setDraft(String(seconds)), [seconds]);
  const { min, max } = SEARCH_TIME_LIMIT_RANGE;
  return (
    <>
      <label htmlFor={id}>{t('limits.setting')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        data-testid="search-time-limit"
        onChange={(e) => {
          setDraft(e.target.value);
          setSeconds(Number(e.target.value));
        }}
        onBlur={() => setDraft(String(useSettings.getState().searchTimeLimit))}
      />
      <p>{t('limits.setting.title', { min, max })}</p>
    </>
  );
}
