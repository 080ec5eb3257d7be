// Summarises a V8 CPU profile (as `Profiler.stop` returns it) by self time per function,
// with positions mapped back through the build's source maps where one exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSourceMap, originalPosition } from './sourcemap.mjs';

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} CpuProfile
 * @typedef {{ label: string, where: string, selfMs: number, percent: number }} ProfileRow
 */

/**
 * @param {CpuProfile} profile
 * @param {{ distDir?: string, origin?: string, top?: number }} [options]
 *   distDir: where the served files are, so that `<origin>/assets/x.js` maps to `<distDir>/assets/x.js.map`.
 * @returns {{ totalMs: number, idleMs: number, gcMs: number, programMs: number, rows: ProfileRow[] }}
 */
export function summarizeProfile(profile, { distDir, origin, top = 15 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  // A sample's delta is the time until the next sample, so it belongs to the sample before it.
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
  }
  /** @type {Map<string, import('./sourcemap.mjs').SourceMap | null>} */
  const maps = new Map();
  const mapFor = (/** @type {string} */ url) => {
    if (!distDir || !origin || !url.startsWith(origin)) return null;
    if (!maps.has(url)) {
      const file = join(distDir, new URL(url).pathname) + '.map';
      maps.set(url, existsSync(file) ? loadSourceMap(file) : null);
    }
    return maps.get(url) ?? null;
  };

  /** @type {Map<string, { label: string, where: string, us: number }>} */
  const byFunction = new Map();
  let totalUs = 0;
  let idleUs = 0;
  let gcUs = 0;
  let programUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    totalUs += us;
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') idleUs += us;
    else if (cf.functionName === '(garbage collector)') gcUs += us;
    else if (cf.functionName === '(program)') programUs += us;
    let label = cf.functionName || '(anonymous)';
    let where = cf.url
      ? `${cf.url.replace(origin ?? '', '')}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`
      : '';
    const map = cf.url ? mapFor(cf.url) : null;
    if (map) {
      const pos = originalPosition(map, cf.lineNumber, cf.columnNumber);
      if (pos) {
        where = `${pos.source}:${pos.line + 1}`;
        label = `${pos.name ?? label}  [${cf.functionName || 'anonymous'}] ${pos.text.slice(0, 60)}`;
      }
    }
    const key = `${label}@${where}`;
    const entry = byFunction.get(key) ?? { label, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const rows = [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({
      label: e.label,
      where: e.where,
      selfMs: e.us / 1000,
      percent: totalUs ? (100 * e.us) / totalUs : 0,
    }));
  return {
    totalMs: totalUs / 1000,
    idleMs: idleUs / 1000,
    gcMs: gcUs / 1000,
    programMs: programUs / 1000,
    rows,
  };
}
