import { useState } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm';
import { Markdown } from '../../components/markdown/Markdown';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { formatRange, zoneOffsetLabel } from '../../data/time/format-time';
import type { Hunt } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { useDatasets } from '../../store/datasets';
import { useImports } from '../../store/imports';
import { useProgress } from '../../store/progress';
import { useRoute } from '../../store/route';
import { useSample } from '../../store/sample';
import { useSettings } from '../../store/settings';
import { ImportProgressPanel } from '../data-manager/ImportProgressPanel';
import { DataNeeded } from './DataNeeded';
import { huntFigures, rangeMs } from './progress-figures';

interface HuntOverviewProps {
  hunt: Hunt;
  progress: HuntProgressRecord | null;
}

function DataState() {
  const session = useImports((s) => s.session);
  const fetching = useSample((s) => s.status === 'fetching');
  const { status, datasets } = useDatasets();
  if (session.phase === 'running') {
    return (
      <div className="hunt-data-state">
        <p>{t('hunt.sampleImporting')}</p>
        <ImportProgressPanel session={session} />
      </div>
    );
  }
  if (fetching) return <p className="hunt-data-state">{t('sample.fetching')}</p>;
  if (status === 'ready' && datasets.length === 0) {
    return (
      <p className="hunt-data-state hunt-message" data-testid="hunt-no-data">
        {t('hunt.noData')} <a href="#/data">{t('hunt.noDataLink')}</a>
      </p>
    );
  }
  return null;
}

export function HuntOverview({ hunt, progress }: HuntOverviewProps) {
  const navigate = useRoute((s) => s.navigate);
  const reset = useProgress((s) => s.reset);
  const timeZone = useSettings((s) => s.timeZone);
  const [resetDone, setResetDone] = useState(false);
  const figures = huntFigures(hunt, progress);
  const last = hunt.steps.find((s) => s.id === progress?.stepId);
  const findingsStep = hunt.steps.find((s) => s.kind === 'findings');
  const range = rangeMs(hunt.timeRange);
  const started = progress !== null && (progress.visited.length > 0 || last !== undefined);

  return (
    <article className="hunt-overview" aria-labelledby="hunt-title">
      <h1 id="hunt-title" tabIndex={-1} data-i18n-exempt="">
        {hunt.title}
      </h1>
      <Markdown text={hunt.summary} className="hunt-lead" />
      <DataState />

      <section className="card hunt-card hunt-progress" aria-labelledby="hunt-progress-heading">
        <h2 id="hunt-progress-heading">{t('hunt.progress')}</h2>
        <ul className="hunt-progress__figures">
          <li data-testid="hunt-progress-questions">
            {t('hunt.progress.questions', { right: figures.right, count: figures.questions })}
          </li>
          <li data-testid="hunt-progress-steps">
            {t('hunt.progress.steps', { visited: figures.visited, count: figures.steps })}
          </li>
        </ul>
        <div className="hunt-actions">
          {last ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                navigate({ page: 'hunt', huntId: hunt.id, stepId: last.id, search: {} })
              }
            >
              {t('hunt.continue', { step: last.title })}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={hunt.steps.length === 0}
              onClick={() =>
                navigate({ page: 'hunt', huntId: hunt.id, stepId: hunt.steps[0]?.id, search: {} })
              }
            >
              {t('hunt.start')}
            </button>
          )}
          {findingsStep && (
            <button
              type="button"
              className="button"
              onClick={() =>
                navigate({ page: 'hunt', huntId: hunt.id, stepId: findingsStep.id, search: {} })
              }
            >
              {t('findings.open')}
            </button>
          )}
          {started && (
            <InlineConfirm
              label={t('hunt.reset')}
              question={t('hunt.reset.question')}
              confirmLabel={t('hunt.reset.yes')}
              cancelLabel={t('hunt.reset.no')}
              onConfirm={async () => {
                await reset();
                setResetDone(true);
              }}
            />
          )}
        </div>
        <p role="status" className="hunt-progress__status">
          {resetDone && !started ? t('hunt.reset.done') : ''}
        </p>
      </section>

      <section className="card hunt-card" aria-labelledby="hunt-learn">
        <h2 id="hunt-learn">{t('hunt.learn')}</h2>
        <ul className="hunt-techniques">
          {hunt.techniques.map((tech) => (
            <li key={tech.id}>
              <strong translate="no">{tech.id}</strong> <span data-i18n-exempt="">{tech.name}</span>
            </li>
          ))}
        </ul>
      </section>

      <DataNeeded hunt={hunt} />

      <section className="card hunt-card" aria-labelledby="hunt-time">
        <h2 id="hunt-time">{t('hunt.timeRange')}</h2>
        <dl className="hunt-facts">
          <dt>{t('hunt.timeZone')}</dt>
          <dd data-testid="hunt-time-zone">
            <span data-i18n-exempt="">{hunt.timeZone.label}</span>
            {t('hunt.timeZone.offset', {
              offset: zoneOffsetLabel(range.earliest, hunt.timeZone.id),
            })}
          </dd>
          <dt>{t('hunt.timeRange')}</dt>
          <dd data-testid="hunt-time-range">
            <span data-i18n-exempt="">{hunt.timeRange.label}</span>
            <br />
            <span className="hunt-muted">
              {formatRange(range.earliest, range.latest - 1, timeZone)}
            </span>
          </dd>
        </dl>
      </section>
    </article>
  );
}
