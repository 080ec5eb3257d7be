// Summarises a V8 CPU profile (as `Profiler.stop` returns it) by self time per function,
// with positions mapped back through the build's source maps where one exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSourceMap, originalPosition } from './sourcemap.mjs';

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} CpuProfile
 * @typedef {{ label: string, where: string, selfMs: number, percent: number }} ProfileRow
 */

/**
 * @param {CpuProfile} profile
 * @param {{ distDir?: string, top?: number }} [options]
 *   distDir: where the served files are, so that `http://host/assets/x.js` maps to `<distDir>/assets/x.js.map`.
 * @returns {{ totalMs: number, idleMs: number, gcMs: number, programMs: number, rows: ProfileRow[], files: ProfileRow[] }}
 */
export function summarizeProfile(profile, { distDir, top = 15 } = {}) {
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
    if (!distDir || !/^https?:/.test(url)) return null;
    if (!maps.has(url)) {
      const file = join(distDir, new URL(url).pathname) + '.map';
      maps.set(url, existsSync(file) ? loadSourceMap(file) : null);
    }
    return maps.get(url) ?? null;
  };

  /** @type {Map<string, { label: string, where: string, us: number }>} */
  const byFunction = new Map();
  // Per source file, which is roughly per stage (parse, normalise, encode, index, store).
  /** @type {Map<string, { label: string, where: string, us: number }>} */
  const byFile = new Map();
  /** @type {Map<number, ProfileNode>} */
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);

  /** @param {ProfileNode} node @returns {{ label: string, where: string, file: string }} */
  const locate = (node) => {
    const cf = node.callFrame;
    const name = cf.functionName || '(anonymous)';
    if (!cf.url) {
      // Built-ins (Map#set, TextEncoder#encodeInto, ...) are charged to the code that called
      // them, which is what one would change.
      const parent = parentOf.get(node.id);
      if (name.startsWith('(') || !parent) return { label: name, where: '', file: name };
      const caller = locate(parent);
      return {
        label: `${name} (built-in) <- ${caller.label}`,
        where: caller.where,
        file: caller.file,
      };
    }
    const short = /^https?:/.test(cf.url) ? new URL(cf.url).pathname : cf.url;
    const map = mapFor(cf.url);
    const pos = map ? originalPosition(map, cf.lineNumber, cf.columnNumber) : null;
    if (!pos)
      return {
        label: name,
        where: `${short}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`,
        file: short,
      };
    return {
      label: `${pos.name ?? name}  [${cf.functionName || 'anonymous'}] ${pos.text.slice(0, 60)}`,
      where: `${pos.source}:${pos.line + 1}`,
      file: pos.source,
    };
  };

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
    const { label, where, file } = locate(node);
    const key = `${label}@${where}`;
    const entry = byFunction.get(key) ?? { label, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    const fileEntry = byFile.get(file) ?? { label: file, where: file, us: 0 };
    fileEntry.us += us;
    byFile.set(file, fileEntry);
  }
  const toRows = (/** @type {Map<string, { label: string, where: string, us: number }>} */ m) =>
    [...m.values()]
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
    rows: toRows(byFunction),
    files: toRows(byFile),
  };
}

// A saved profile can be summarised again later, as long as the build it ran is still there:
//   node scripts/bench/cpu-profile.mjs bench-results/worker-200k.cpuprofile [bench-results/dist]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, distDir = 'bench-results/dist'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/bench/cpu-profile.mjs PROFILE.cpuprofile [DIST_DIR]');
    process.exit(2);
  }
  const s = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), { distDir, top: 25 });
  console.log(
    `${(s.totalMs / 1000).toFixed(1)} s sampled, idle ${s.idleMs.toFixed(0)} ms, GC ${s.gcMs.toFixed(0)} ms`,
  );
  for (const r of s.rows)
    console.log(
      `${r.selfMs.toFixed(0).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)}%  ${r.where}  ${r.label}`,
    );
  console.log('by file:');
  for (const r of s.files)
    console.log(
      `${r.selfMs.toFixed(0).padStart(7)} ms ${r.percent.toFixed(1).padStart(5)}%  ${r.where}`,
    );
}
