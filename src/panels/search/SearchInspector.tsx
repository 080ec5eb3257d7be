import { useState, type ReactNode } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';
import type { DatasetChunks, StoredResult } from '../../data/search/client';
import { formatNumber, t, type MessageKey } from '../../i18n/messages';
import { formatBytes } from '../../i18n/units';
import { useDatasets } from '../../store/datasets';
import { chunkTotals, costRows, type CostLabel } from './inspector-rows';
import './inspector.css';

/**
 * The Inspect button beside a finished search's counts, and the dialog it opens: where the time
 * went (parse, reads, each command with its rows in and out), the chunks read or skipped and
 * why, per dataset, and what came from storage. Everything from the search is shown as text.
 */
export function SearchInspector({ result }: { result: StoredResult }) {
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  return (
    <>
      <button
        type="button"
        className="button button--link"
        title={t('inspector.openHint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="inspect-search"
      >
        {t('inspector.open')}
      </button>
      <dialog
        ref={dialog}
        className="inspector"
        aria-labelledby="inspector-title"
        onClose={() => setOpen(false)}
        data-testid="search-inspector"
      >
        {/* Close first: the dialog focuses it on opening, and stays scrolled to its top. */}
        <div className="inspector__head">
          <h2 id="inspector-title">{t('inspector.heading')}</h2>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('inspector.close')}
          </button>
        </div>
        {open && <InspectorBody result={result} />}
      </dialog>
    </>
  );
}

const ms = (v: number | null) => (v === null ? '' : formatNumber(v, 1));
const n = (v: number | null) => (v === null ? '—' : formatNumber(v));

function InspectorBody({ result }: { result: StoredResult }) {
  const datasets = useDatasets((s) => s.datasets);
  const profile = result.profile;
  if (!profile) return <p>{t('inspector.none')}</p>;
  const totals = chunkTotals(profile.datasets);
  const nameOf = (id: string) => datasets.find((d) => d.id === id)?.name ?? id;
  const s = profile.storage;
  return (
    <>
      <p>{t('inspector.took', { ms: formatNumber(result.ms, 1) })}</p>
      {profile.firstRun && (
        <p className="inspector__note" data-testid="inspector-first">
          {t('inspector.firstRun')}
        </p>
      )}
      {profile.run.fast && <p data-testid="inspector-fast">{t('inspector.fastPath')}</p>}
      {totals.outcomes.summary > 0 && (
        <p>{t('inspector.fromSummaries', { count: totals.outcomes.summary })}</p>
      )}
      <h3>{t('inspector.costs.heading')}</h3>
      <table className="inspector__table" data-testid="inspector-costs">
        <thead>
          <tr>
            <th scope="col">{t('inspector.col.component')}</th>
            <th scope="col">{t('inspector.col.ms')}</th>
            <th scope="col">{t('inspector.col.in')}</th>
            <th scope="col">{t('inspector.col.out')}</th>
          </tr>
        </thead>
        <tbody>
          {costRows(profile).map((row, i) => (
            <tr key={i} data-kind={row.label.kind}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
                <CostName label={row.label} />
              </th>
              <td>{ms(row.ms)}</td>
              <td>{row.label.kind === 'command' ? n(row.rowsIn) : ''}</td>
              <td>{row.label.kind === 'command' ? n(row.rowsOut) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('inspector.costs.note')}</p>
      <h3>{t('inspector.chunks.heading')}</h3>
      {totals.outcomes.total === 0 ? (
        <p>{t('inspector.chunks.none')}</p>
      ) : (
        <ChunkTable rows={profile.datasets} totals={totals} nameOf={nameOf} />
      )}
      <h3>{t('inspector.storage.heading')}</h3>
      <ul className="inspector__storage" data-testid="inspector-storage">
        <li>{t('inspector.storage.cache', { count: s.cacheLoads })}</li>
        <li>
          {t('inspector.storage.read', { count: s.dataReads })}
          {s.bytes > 0 && (
            <>
              {' '}
              ({t('inspector.storage.bytes', { bytes: formatBytes(s.bytes), slices: s.slices })})
            </>
          )}
        </li>
        {s.joinedReads > 0 && <li>{t('inspector.storage.joined', { count: s.joinedReads })}</li>}
        <li>{t('inspector.storage.raw', { count: s.rawReads })}</li>
      </ul>
    </>
  );
}

function CostName({ label }: { label: CostLabel }) {
  switch (label.kind) {
    case 'command':
      return (
        <>
          <code translate="no">{label.text}</code>
          {label.fast && <span className="muted"> ({t('inspector.row.fast')})</span>}
        </>
      );
    case 'match':
      return <>{t(`inspector.row.match.${label.mode}`)}</>;
    case 'subsearch':
      return <>{t('inspector.row.subsearch', { n: label.n })}</>;
    default:
      return <>{t(`inspector.row.${label.kind}`)}</>;
  }
}

const CHUNK_COLUMNS: Array<[keyof DatasetChunks['outcomes'], MessageKey]> = [
  ['events', 'inspector.col.events'],
  ['term', 'inspector.col.term'],
  ['summary', 'inspector.col.summary'],
  ['time', 'inspector.col.time'],
  ['meta', 'inspector.col.meta'],
];

function ChunkTable(props: {
  rows: readonly DatasetChunks[];
  totals: DatasetChunks;
  nameOf(id: string): string;
}) {
  const line = (d: DatasetChunks, name: ReactNode, key: string) => (
    <tr key={key} data-dataset={d.datasetId}>
      <th scope="row">{name}</th>
      <td>{formatNumber(d.chunks)}</td>
      {CHUNK_COLUMNS.map(([k]) => (
        <td key={k}>{formatNumber(d.outcomes[k])}</td>
      ))}
    </tr>
  );
  return (
    <>
      <table className="inspector__table" data-testid="inspector-chunks">
        <thead>
          <tr>
            <th scope="col">{t('inspector.col.dataset')}</th>
            <th scope="col">{t('inspector.col.chunks')}</th>
            {CHUNK_COLUMNS.map(([k, key]) => (
              <th scope="col" key={k}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((d) =>
            line(d, <span translate="no">{props.nameOf(d.datasetId)}</span>, d.datasetId),
          )}
        </tbody>
        {props.rows.length > 1 && (
          <tfoot>{line(props.totals, t('inspector.chunks.total'), '')}</tfoot>
        )}
      </table>
      <p className="muted">{t('inspector.chunks.note')}</p>
    </>
  );
}
