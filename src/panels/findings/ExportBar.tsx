import { useRef, useState } from 'react';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { exportAllProgress, importProgress } from '../../data/progress/import-export';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { indicatorsCsv, stixBundle, type Indicator } from '../../workbook/indicators';
import { checkProgressSize, parseProgressJson, progressToJson } from '../../workbook/progress-file';
import { reportHtml } from '../../workbook/report/html';
import { reportIndicators } from '../../workbook/report/indicator-sources';
import { reportMarkdown } from '../../workbook/report/markdown';
import { buildReport } from '../../workbook/report/model';
import { download } from './download';
import { messageOf } from '../../engine';

export function ExportBar({
  hunt,
  progress,
  indicators,
  defanged,
}: {
  hunt: Hunt;
  progress: HuntProgressRecord | null;
  /** Null while they are first gathered: the exports that hold them wait for them. */
  indicators: Indicator[] | null;
  defanged: boolean;
}) {
  const tz = useSettings((s) => s.timeZone);
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const report = () =>
    buildReport(hunt, progress, reportIndicators(indicators ?? [], defanged), tz, new Date());
  const waiting = indicators === null;

  const exportProgress = async () => {
    try {
      download(
        progressToJson(await exportAllProgress()),
        'hunting-workbook-progress.json',
        'application/json',
      );
    } catch (err) {
      setStatus({ ok: false, text: messageOf(err) });
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Parsed and checked whole before anything is written: a bad file changes nothing.
      checkProgressSize(file.size);
      const records = parseProgressJson(await file.text());
      await importProgress(records);
      // The import replaced the progress underneath the store (and the other tabs').
      await useProgress.getState().reloaded();
      setStatus({ ok: true, text: t('findings.import.done', { count: records.length }) });
    } catch (err) {
      setStatus({
        ok: false,
        text: t('findings.import.failed', { file: file.name, message: messageOf(err) }),
      });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-export">
      <h2 id="findings-export">{t('findings.export')}</h2>
      <div className="findings-export">
        <button
          type="button"
          className="button"
          disabled={waiting}
          onClick={() =>
            download(reportMarkdown(report()), `findings-${hunt.id}.md`, 'text/markdown')
          }
        >
          {t('findings.export.markdown')}
        </button>
        <button
          type="button"
          className="button"
          disabled={waiting}
          onClick={() => download(reportHtml(report()), `findings-${hunt.id}.html`, 'text/html')}
        >
          {t('findings.export.html')}
        </button>
        <button
          type="button"
          className="button"
          disabled={waiting}
          onClick={() =>
            download(
              indicatorsCsv(indicators ?? [], { defanged }),
              `indicators-${hunt.id}.csv`,
              'text/csv',
            )
          }
        >
          {t('findings.export.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={waiting}
          onClick={() =>
            download(
              JSON.stringify(stixBundle(indicators ?? [], { name: hunt.title }), null, 2) + '\n',
              `indicators-${hunt.id}.stix.json`,
              'application/json',
            )
          }
        >
          {t('findings.export.stix')}
        </button>
        <button type="button" className="button" onClick={() => void exportProgress()}>
          {t('findings.export.progress')}
        </button>
        <label className="button findings-import">
          {t('findings.import')}
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="findings-import"
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
        </label>
      </div>
      {status && (
        <p
          role={status.ok ? 'status' : 'alert'}
          className={`hunt-message${status.ok ? '' : ' hunt-message--error'}`}
          data-testid="findings-import-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
