import { useId, useMemo } from 'react';
import { zoneOffsetLabel } from '../data/time/format-time';
import { t } from '../i18n/messages';
import { COMMON_TIME_ZONES, browserTimeZone, useSettings } from '../store/settings';

export function TimeZoneSelect() {
  const id = useId();
  const timeZone = useSettings((s) => s.timeZone);
  const setTimeZone = useSettings((s) => s.setTimeZone);
  // Translated outside the memo, so a change of language labels the choice anew.
  const own = browserTimeZone();
  const ownLabel = t('settings.timeZone.browser', { zone: own });

  const options = useMemo(() => {
    const zones: string[] = [...COMMON_TIME_ZONES];
    if (!zones.includes(own)) zones.push(own);
    if (!zones.includes(timeZone)) zones.push(timeZone);
    // Offsets are today's; they only label the choice, data is formatted per timestamp.
    const now = Date.now();
    return zones.map((zone) => {
      const name = zone === own ? ownLabel : zone;
      return {
        zone,
        label: t('settings.timeZone.option', { zone: name, offset: zoneOffsetLabel(now, zone) }),
      };
    });
    // The language is read through ownLabel, which changes with it.
  }, [timeZone, own, ownLabel]);

  return (
    <div className="tz-select">
      <label htmlFor={id}>{t('settings.timeZone')}</label>
      <select id={id} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
        {options.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
