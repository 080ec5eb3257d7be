import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AssetInfo } from '../../data/lookups/assetIndex';
import { t } from '../../i18n/messages';
import { AssetCard } from './AssetCard';
import { useAssetIndex } from './lookupsLive';
import './assets.css';

interface EnrichedValueProps {
  field: string;
  value: string;
}

/** What a screen reader hears on the marker: the same facts as the card, in one line. */
export function assetSummary(asset: AssetInfo, value: string): string {
  const parts = [
    asset.host && asset.host.toLowerCase() !== value.toLowerCase()
      ? t('assets.host', { value: asset.host })
      : null,
    asset.ip && asset.ip !== value ? t('assets.ip', { value: asset.ip }) : null,
    asset.owner ? t('assets.owner', { value: asset.owner }) : null,
    asset.role ? t('assets.role', { value: asset.role }) : null,
    asset.priority ? t('assets.priority', { value: asset.priority }) : null,
  ];
  return t('assets.marker', { details: parts.filter((p) => p !== null).join('; ') });
}

/**
 * A cell value that may name a host or IP from the asset lookup: then a small marker follows it,
 * and hovering or focusing the value shows owner, role and priority. A value the
 * lookup does not know costs one map lookup and renders as bare text.
 */
export function EnrichedValue({ value }: EnrichedValueProps) {
  const asset = useAssetIndex().find(value);
  if (!asset) return <>{value}</>;
  return <Enriched value={value} asset={asset} />;
}

function Enriched({ value, asset }: { value: string; asset: AssetInfo }) {
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const ref = useRef<HTMLSpanElement>(null);
  const detailsId = useId();
  const open = () => {
    const r = ref.current?.getBoundingClientRect();
    // Fixed to the viewport so a table cell's overflow never clips it.
    if (r) setAt({ left: Math.max(4, r.left), top: r.bottom + 4 });
  };
  const close = () => setAt(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && at) {
      e.stopPropagation();
      close();
    }
  };
  // The value keeps its own accessible name (a cell or a filter button still reads "10.0.1.10"):
  // the marker is decoration, and the facts are the value's description, read on focus.
  return (
    <span
      ref={ref}
      className="enriched"
      data-testid="enriched-value"
      tabIndex={0}
      aria-describedby={detailsId}
      onMouseEnter={open}
      onMouseLeave={close}
      onFocus={open}
      onBlur={close}
      onKeyDown={onKeyDown}
    >
      {value}
      <span className="enriched__marker" aria-hidden="true">
        ◆
      </span>
      <span id={detailsId} hidden>
        {assetSummary(asset, value)}
      </span>
      {at && <AssetCard asset={asset} left={at.left} top={at.top} />}
    </span>
  );
}
