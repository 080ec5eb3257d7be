import { useState, type RefObject } from 'react';
import { chartImage } from '../../charts/chart-image';
import type { StoredResult } from '../../data/search/client';
import type { Row } from '../../engine';
import { t } from '../../i18n/messages';
import { eventSnapshot, tableSnapshot } from '../../workbook/report/snapshot';
import { usePinTarget } from './pin-context';
import { usePin } from './use-pin';
import './findings.css';

/** Says "Pinned" for a moment after a click, so the user knows it worked. */
function usePinnedFlash(): [boolean, () => void] {
  const [pinned, setPinned] = useState(false);
  return [
    pinned,
    () => {
      setPinned(true);
      setTimeout(() => setPinned(false), 2000);
    },
  ];
}

/** "Pin to findings" for a whole result: its table, and for a chart its picture as well. */
export function PinResultButton({
  result,
  chart,
  container,
}: {
  result: StoredResult;
  chart: boolean;
  container: RefObject<HTMLElement | null>;
}) {
  const pin = usePin();
  const target = usePinTarget();
  const [pinned, flash] = usePinnedFlash();
  if (!pin || !target) return null;
  const onClick = () => {
    const snapshot = tableSnapshot(result, target.tz);
    const image = chart && container.current ? chartImage(container.current) : null;
    pin(chart ? 'chart' : 'table', image ? { ...snapshot, image } : snapshot);
    flash();
  };
  return (
    <div className="result-pin">
      <button type="button" className="button pin-button" data-pin-result="" onClick={onClick}>
        {pinned ? t('findings.pinned') : t('findings.pin')}
      </button>
    </div>
  );
}

/** Pins one event: its time, raw text and main fields. */
export function PinEventButton({ row }: { row: Row }) {
  const pin = usePin();
  const target = usePinTarget();
  const [pinned, flash] = usePinnedFlash();
  if (!pin || !target) return null;
  return (
    <button
      type="button"
      className="event__context pin-button"
      data-pin-event=""
      aria-label={t('findings.pin.event')}
      onClick={() => {
        pin('event', eventSnapshot(row, target.tz));
        flash();
      }}
    >
      {pinned ? t('findings.pinned') : t('findings.pin')}
    </button>
  );
}
