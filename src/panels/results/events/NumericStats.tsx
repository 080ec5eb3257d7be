import type { NumericBin, NumericSummary } from '../../../data/search/field-numeric';
import { formatNumber, t } from '../../../i18n/messages';

/** Decimals that show a value as it is (0.125 stays 0.125), at most six. */
function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(Math.abs(n));
  const e = text.indexOf('e-');
  if (e >= 0) return 6;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(6, text.length - point - 1);
}

/** A value from the data (min, max, a bar's edge): every decimal it has. */
const exact = (n: number) => formatNumber(n, decimalsOf(n));

/** A computed figure (mean, stdev): two decimals, more below 1 so it does not read as 0. */
function figure(n: number): string {
  if (Number.isInteger(n)) return formatNumber(n);
  const abs = Math.abs(n);
  const digits = abs >= 1 || abs === 0 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(abs)));
  return formatNumber(n, digits);
}

/** A bar's label: one whole number, a whole range (its last value included), or [from, to). */
function binLabel(bin: NumericBin, integers: boolean): string {
  if (bin.from === bin.to) return exact(bin.from);
  if (integers && bin.to - bin.from === 1) return exact(bin.from);
  const to = integers ? bin.to - 1 : bin.to;
  return t('results.fields.binRange', { from: exact(bin.from), to: exact(to) });
}

/** A bar's length against the tallest; a bar with any value at all stays visible. */
function barWidth(bin: NumericBin, most: number): string {
  if (bin.count === 0) return '0';
  return `${Math.max(2, (bin.count / most) * 100)}%`;
}

/**
 * A numeric field's min, max, average and standard deviation, and its distribution as bars,
 * each bar a table row with its range and count so it reads as text too. Over every matching
 * event: the figures come with the field summary from the search worker.
 */
export function NumericStats({ field, stats }: { field: string; stats: NumericSummary }) {
  const most = Math.max(...stats.bins.map((b) => b.count), 1);
  const items: [string, string, string][] = [
    ['min', t('results.fields.min'), exact(stats.min)],
    ['max', t('results.fields.max'), exact(stats.max)],
    ['avg', t('results.fields.avg'), figure(stats.mean)],
    ['stdev', t('results.fields.stdev'), figure(stats.stdev)],
  ];
  return (
    <div className="field-numeric" data-testid="field-numeric">
      <dl className="field-numeric__figures">
        {items.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd className="num" data-testid={`field-stat-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <table className="field-numeric__bins" data-testid="field-distribution">
        <caption>{t('results.fields.distribution', { field, count: stats.count })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.fields.binRangeHeading')}</th>
            <th scope="col">{t('results.fields.binCountHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.bins.map((bin) => (
            <tr key={bin.from}>
              <th scope="row" className="num">
                {binLabel(bin, stats.integers)}
              </th>
              <td>
                <div className="field-numeric__cell">
                  <span className="field-numeric__bar-track" aria-hidden="true">
                    <span className="field-numeric__bar" style={{ width: barWidth(bin, most) }} />
                  </span>
                  <span className="num field-numeric__count">{formatNumber(bin.count)}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
