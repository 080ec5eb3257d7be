import type { AssetInfo } from '../../data/lookups/asset-index';
import { t } from '../../i18n/messages';

interface AssetCardProps {
  asset: AssetInfo;
  left: number;
  top: number;
}

/** The facts an asset list gives about a host or IP; log and lookup text is shown as text only. */
export function AssetCard({ asset, left, top }: AssetCardProps) {
  const facts: [string, string | undefined][] = [
    [t('assets.card.host'), asset.host],
    [t('assets.card.ip'), asset.ip],
    [t('assets.card.owner'), asset.owner],
    [t('assets.card.role'), asset.role],
    [t('assets.card.priority'), asset.priority],
  ];
  return (
    <span role="tooltip" className="asset-card" data-testid="asset-card" style={{ left, top }}>
      <span className="asset-card__title">{t('assets.card.title', { table: asset.table })}</span>
      {facts
        .filter((f): f is [string, string] => f[1] !== undefined)
        .map(([label, v]) => (
          <span key={label} className="asset-card__row">
            <span className="asset-card__label">{label}</span>
            <span className="asset-card__value">{v}</span>
          </span>
        ))}
    </span>
  );
}
