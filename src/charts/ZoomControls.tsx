import { t } from '../i18n/messages';

interface ZoomControlsProps {
  onZoomOut(): void;
  onReset(): void;
}

/** Zoom out and Reset, next to a time chart. */
export function ZoomControls({ onZoomOut, onReset }: ZoomControlsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onZoomOut}>
        {t('chart.zoomOut')}
      </button>
      <button type="button" className="button" onClick={onReset}>
        {t('chart.resetZoom')}
      </button>
    </>
  );
}
