import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from './chart-theme';
import type { ChartSeries } from './chart-types';
import { seriesLook, swatchBackground } from './series-look';
import { timeChartOption } from './time-chart-option';

const palette = CHART_COLOURS.light.palette;

function seriesOf(n: number): ChartSeries[] {
  return Array.from({ length: n }, (_, i) => ({ name: `s${i}`, values: [i, i + 1] }));
}

function option(series: ChartSeries[], shown = series, mode: 'columns' | 'lines' = 'columns') {
  const buckets = [
    { start: 0, end: 3_600_000 },
    { start: 3_600_000, end: 7_200_000 },
  ];
  return timeChartOption(
    { buckets, series, shown, mode, tz: 'UTC', language: 'en' },
    CHART_COLOURS.light,
  );
}

/** What tells a drawn series apart: its colour and its pattern (decal or line dashes). */
function drawnLook(s: ReturnType<typeof option>['series'][number]): string {
  const x = s as {
    color: string;
    itemStyle?: { decal?: { symbol: string } };
    lineStyle?: { type: string };
  };
  return `${x.color} ${x.itemStyle?.decal?.symbol ?? 'none'} ${x.lineStyle?.type ?? 'solid'}`;
}

describe('series looks', () => {
  it('keeps the palette as it was for the first series', () => {
    for (let i = 0; i < palette.length; i++) {
      expect(seriesLook(i, palette)).toEqual({ colour: palette[i], pattern: 'solid' });
      expect(swatchBackground(seriesLook(i, palette), '#fff')).toBe(palette[i]);
    }
  });

  it('gives three times the palette of series looks that all differ', () => {
    const looks = new Set<string>();
    for (let i = 0; i < palette.length * 3; i++) {
      const look = seriesLook(i, palette);
      looks.add(`${look.colour} ${look.pattern}`);
    }
    expect(looks.size).toBe(palette.length * 3);
  });

  it("draws a timechart's default eleven series (ten and OTHER) each its own way", () => {
    for (const mode of ['columns', 'lines'] as const) {
      const eleven = seriesOf(11);
      const drawn = option(eleven, eleven, mode).series.map(drawnLook);
      expect(new Set(drawn).size).toBe(11);
    }
    // The ninth series shares the first one's colour but not its pattern, in the legend too.
    const ninth = seriesLook(8, palette);
    expect(ninth.colour).toBe(palette[0]);
    expect(swatchBackground(ninth, '#fff')).toContain('repeating-linear-gradient');
  });

  it('keeps a series its look when another is hidden', () => {
    const all = seriesOf(12);
    const shown = all.filter((s) => s.name !== 's3');
    const withAll = option(all).series.map(drawnLook);
    const withHidden = option(all, shown).series.map(drawnLook);
    expect(withHidden).toEqual(withAll.filter((_, i) => i !== 3));
  });
});
