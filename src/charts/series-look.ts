/**
 * How a chart tells its series apart: a colour from the scheme's palette, and, once the palette
 * has been used up, a pattern as well (stripes, then dots). A `timechart` draws up to eleven series
 * by default (ten and OTHER) and `limit=0` any number; with colours alone, the ninth series was
 * drawn in the first one's colour and could not be told from it, in the plot or in the legend.
 */
export type SeriesPattern = 'solid' | 'stripes' | 'dots';

const PATTERNS: readonly SeriesPattern[] = ['solid', 'stripes', 'dots'];

export interface SeriesLook {
  colour: string;
  pattern: SeriesPattern;
}

/**
 * The look of the series at `index` (its place among all series, shown or hidden, so hiding one
 * does not change the others). Distinct for palette length x 3 series; after that looks repeat.
 */
export function seriesLook(index: number, palette: readonly string[]): SeriesLook {
  const round = Math.floor(index / palette.length);
  return {
    colour: palette[index % palette.length],
    pattern: PATTERNS[round % PATTERNS.length],
  };
}

/** The echarts style options that draw a look: line dashes, or a decal over columns. */
export function echartsLook(look: SeriesLook, background: string) {
  if (look.pattern === 'solid') return { color: look.colour };
  const stripes = look.pattern === 'stripes';
  return {
    color: look.colour,
    lineStyle: { type: stripes ? 'dashed' : 'dotted', width: 2 },
    symbol: stripes ? 'rect' : 'triangle',
    itemStyle: {
      decal: stripes
        ? {
            color: background,
            symbol: 'rect',
            dashArrayX: [1, 0],
            dashArrayY: [3, 4],
            rotation: -Math.PI / 4,
          }
        : {
            color: background,
            symbol: 'circle',
            symbolSize: 0.6,
            dashArrayX: [4, 4],
            dashArrayY: [4, 4],
          },
    },
  };
}

/** The CSS background of a legend swatch for a look, on a surface of colour `background`. */
export function swatchBackground(look: SeriesLook, background: string): string {
  if (look.pattern === 'stripes') {
    return `repeating-linear-gradient(45deg, ${look.colour} 0 3px, ${background} 3px 5px)`;
  }
  if (look.pattern === 'dots') {
    return `radial-gradient(circle, ${background} 1.5px, ${look.colour} 1.6px) 0 0 / 5px 5px`;
  }
  return look.colour;
}
