// Just enough of a source-map reader to turn the minified positions in a CPU profile back into
// `src/...:line`, so that profile summaries point at code a person can open.
import { readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/**
 * @typedef {{ genCol: number, src: number, line: number, col: number, name: number }} Segment
 * @typedef {{ sources: string[], names: string[], sourcesContent: (string|null)[], lines: Segment[][] }} SourceMap
 */

/** @param {string} path @returns {SourceMap} */
export function loadSourceMap(path) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  /** @type {Segment[][]} */
  const lines = [];
  let src = 0;
  let line = 0;
  let col = 0;
  let name = 0;
  for (const lineText of json.mappings.split(';')) {
    /** @type {Segment[]} */
    const segs = [];
    let genCol = 0;
    for (const segText of lineText.split(',')) {
      if (!segText) continue;
      const values = decodeVlq(segText);
      genCol += values[0];
      if (values.length >= 4) {
        src += values[1];
        line += values[2];
        col += values[3];
        if (values.length >= 5) name += values[4];
        segs.push({ genCol, src, line, col, name: values.length >= 5 ? name : -1 });
      }
    }
    lines.push(segs);
  }
  return {
    sources: json.sources.map((/** @type {string} */ s) => s.replace(/^(\.\.\/)+/, '')),
    names: json.names ?? [],
    sourcesContent: json.sourcesContent ?? [],
    lines,
  };
}

/** @param {string} text */
function decodeVlq(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = B64_VALUE[text.charCodeAt(i)];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Original position of a generated one (both 0-based).
 * @param {SourceMap} map @param {number} genLine @param {number} genCol
 * @returns {{ source: string, line: number, col: number, name: string | null, text: string } | null}
 */
export function originalPosition(map, genLine, genCol) {
  const segs = map.lines[genLine];
  if (!segs || segs.length === 0) return null;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].genCol <= genCol) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const seg = segs[found];
  // The name of a minified function sits on the segment of its identifier, which is usually
  // the first named segment at or after the function's start.
  let name = null;
  for (let i = found; i < Math.min(segs.length, found + 4); i++) {
    if (segs[i].name >= 0) {
      name = map.names[segs[i].name];
      break;
    }
  }
  const content = map.sourcesContent[seg.src];
  const text = content ? (content.split('\n')[seg.line] ?? '').trim() : '';
  return { source: map.sources[seg.src], line: seg.line, col: seg.col, name, text };
}
