import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AssetInfo } from '../../data/lookups/asset-index';
import { t } from '../../i18n/messages';
import { AssetCard } from './AssetCard';
import { useAssetIndex } from '../../store/lookups-live';
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
  // Inside a control (a value that adds itself to the search), a second tab stop in a button
  // would be invalid: the control's own focus shows the card and carries the description.
  const [control, setControl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const el = ref.current?.parentElement?.closest<HTMLElement>('button, a[href]');
    if (!el) return;
    setControl(el);
    const show = () => {
      const r = ref.current?.getBoundingClientRect();
      if (r) setAt({ left: Math.max(4, r.left), top: r.bottom + 4 });
    };
    const hide = () => setAt(null);
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    const described = !el.hasAttribute('aria-describedby');
    if (described) el.setAttribute('aria-describedby', detailsId);
    el.addEventListener('focus', show);
    el.addEventListener('blur', hide);
    el.addEventListener('keydown', escape);
    return () => {
      el.removeEventListener('keydown', escape);
      el.removeEventListener('focus', show);
      el.removeEventListener('blur', hide);
      if (described) el.removeAttribute('aria-describedby');
    };
  }, [detailsId]);
  // The value keeps its own accessible name (a cell or a filter button still reads "10.0.1.10"):
  // the marker is decoration, and the facts are the value's description, read on focus.
  return (
    <span
      ref={ref}
      className="enriched"
      data-testid="enriched-value"
      tabIndex={control ? undefined : 0}
      aria-describedby={control ? undefined : detailsId}
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
