import { ProgressBar } from '../../components/ProgressBar';
import { t } from '../../i18n/messages';
import { formatDuration, formatMegabytes } from '../../i18n/units';
import { useImports, type ImportSession } from '../../store/imports';

type Running = Extract<ImportSession, { phase: 'running' }>;

export function ImportProgressPanel({ session }: { session: Running }) {
  const cancel = useImports((s) => s.cancel);
  const p = session.progress;
  const totalBytes = p?.totalBytes ?? session.totalBytes;
  const bytesRead = p?.bytesRead ?? 0;
  const percent = totalBytes > 0 ? (bytesRead / totalBytes) * 100 : 0;
  const bytesText = t('progress.bytes', {
    read: formatMegabytes(bytesRead),
    total: formatMegabytes(totalBytes),
  });

  const timeLeft =
    p?.etaSec == null
      ? t('progress.etaUnknown')
      : t('progress.eta', { time: formatDuration(p.etaSec) });

  return (
    <section
      className="card import-progress"
      data-testid="import-progress"
      aria-busy="true"
      aria-label={t('progress.heading', { name: session.name })}
    >
      <h2>{t('progress.heading', { name: session.name })}</h2>
      <p className="import-progress__file">
        {p?.phase === 'finishing'
          ? t('progress.finishing')
          : t('progress.file', {
              index: (p?.fileIndex ?? 0) + 1,
              count: p?.fileCount ?? session.fileCount,
              file: p?.file ?? '',
            })}
      </p>
      <ProgressBar value={percent} label={t('progress.bar')} valueText={bytesText} />
      <ul className="import-progress__stats">
        <li>{t('progress.events', { count: p?.events ?? 0 })}</li>
        {p && p.skipped > 0 && <li>{t('progress.skipped', { count: p.skipped })}</li>}
        <li>{bytesText}</li>
        <li>{t('progress.rate', { rate: Math.round(p?.eventsPerSec ?? 0) })}</li>
        <li>{timeLeft}</li>
      </ul>
      <button type="button" className="button" onClick={cancel} disabled={session.cancelling}>
        {session.cancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </section>
  );
}
