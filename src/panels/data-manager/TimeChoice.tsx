import { useId, useMemo, useState } from 'react';
import type { FileTimeCheck } from '../../data/import/time-check';
import { previewTimes } from '../../data/import/time-check';
import { formatTime, zoneOffsetLabel } from '../../data/time/format-time';
import type { TimeRule } from '../../data/time/time-rule';
import { t } from '../../i18n/messages';
import { useDatasets } from '../../store/datasets';
import { useImports, type ImportSession } from '../../store/imports';
import { browserTimeZone, COMMON_TIME_ZONES, useSettings } from '../../store/settings';

type Choosing = Extract<ImportSession, { phase: 'choosing' }>;

/**
 * Before anything is stored: for each file whose events' time the importer cannot find or read
 * by itself, the user picks the field, a strptime format and a zone, and sees the first events'
 * times as that choice reads them. A dataset imported before under the same name offers its
 * choice again.
 */
export function TimeChoice({ session }: { session: Choosing }) {
  const chooseTimes = useImports((s) => s.chooseTimes);
  const dismiss = useImports((s) => s.dismiss);
  const datasets = useDatasets((s) => s.datasets);
  const headingId = useId();
  const [rules, setRules] = useState<(TimeRule | undefined)[]>(() => {
    const before = datasets.find((d) => d.name === session.name);
    return session.checks.map((check) => {
      if (check.problem === null) return undefined;
      const remembered = before?.files.find((f) => f.name === check.file)?.time;
      return remembered ?? { field: check.suggested ?? '', format: '', tz: 'UTC' };
    });
  });
  const ready = rules.every((rule) => rule === undefined || rule.field !== '');
  return (
    <section className="card time-choice" aria-labelledby={headingId} data-testid="time-choice">
      <h2 id={headingId}>{t('import.time.heading')}</h2>
      <p className="muted">{t('import.time.intro')}</p>
      {session.checks.map((check, k) => {
        const rule = rules[k];
        if (rule === undefined) return null;
        const set = (patch: Partial<TimeRule>) =>
          setRules((all) => all.map((r, i) => (i === k ? { ...rule, ...patch } : r)));
        return <FileChoice key={check.file + k} check={check} rule={rule} onChange={set} />;
      })}
      <div className="time-choice__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!ready}
          onClick={() => chooseTimes(rules.map((r) => r && tidy(r)))}
        >
          {t('import.time.import')}
        </button>
        <button type="button" className="button" onClick={dismiss}>
          {t('import.time.cancel')}
        </button>
      </div>
    </section>
  );
}

function tidy(rule: TimeRule): TimeRule {
  const format = rule.format?.trim();
  const out: TimeRule = { field: rule.field };
  if (format) out.format = format;
  if (rule.tz && rule.tz !== 'UTC') out.tz = rule.tz;
  return out;
}

function problemText(check: FileTimeCheck): string {
  if (check.problem === 'none') return t('import.time.none');
  if (check.problem === 'unparsable') return t('import.time.unparsable', { field: check.found[0] });
  return t('import.time.disagree', { fields: check.found.join(', ') });
}

interface FileChoiceProps {
  check: FileTimeCheck;
  rule: TimeRule;
  onChange(patch: Partial<TimeRule>): void;
}

function FileChoice({ check, rule, onChange }: FileChoiceProps) {
  const id = useId();
  const displayTz = useSettings((s) => s.timeZone);
  const zones = useMemo(() => {
    const list: string[] = [...COMMON_TIME_ZONES];
    for (const z of [browserTimeZone(), rule.tz ?? 'UTC']) if (!list.includes(z)) list.push(z);
    return list;
  }, [rule.tz]);
  const preview = useMemo(() => previewTimes(check, rule), [check, rule]);
  const fields = check.fields.includes(rule.field) ? check.fields : [rule.field, ...check.fields];
  return (
    <fieldset className="time-choice__file" data-testid="time-choice-file" data-file={check.file}>
      <legend translate="no">{check.file}</legend>
      <p className="time-choice__problem">{problemText(check)}</p>
      <div className="time-choice__fields">
        <div className="field">
          <label htmlFor={`${id}-field`}>{t('import.time.field')}</label>
          <select
            id={`${id}-field`}
            translate="no"
            value={rule.field}
            onChange={(e) => onChange({ field: e.target.value })}
          >
            {fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('import.time.format')}</label>
          <input
            id={`${id}-format`}
            type="text"
            spellCheck={false}
            autoComplete="off"
            value={rule.format ?? ''}
            aria-describedby={`${id}-format-hint`}
            onChange={(e) => onChange({ format: e.target.value })}
          />
          <span id={`${id}-format-hint`} className="field__hint">
            {t('import.time.formatHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tz`}>{t('import.time.zone')}</label>
          <select
            id={`${id}-tz`}
            value={rule.tz ?? 'UTC'}
            onChange={(e) => onChange({ tz: e.target.value })}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
      </div>
      <table className="time-choice__preview" data-testid="time-preview">
        <caption>{t('import.time.preview')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.time.line')}
            </th>
            <th scope="col">{t('import.time.text')}</th>
            <th scope="col">{t('import.time.parsed')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.map((p) => (
            <tr key={p.line}>
              <td className="num">{p.line}</td>
              {p.text === undefined ? (
                <td>{t('import.time.missing')}</td>
              ) : (
                <td translate="no">{p.text}</td>
              )}
              <td data-testid="time-preview-parsed">
                {p.time === null
                  ? t('import.time.unreadable')
                  : `${formatTime(p.time, displayTz)} ${zoneOffsetLabel(p.time, displayTz)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
