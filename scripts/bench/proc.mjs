// The bench's view of the browser's processes and threads through /proc (Linux): resident
// memory, and CPU time by process and by renderer thread kind, a cross-check of the CDP figures.
import { readdirSync, readFileSync } from 'node:fs';

/** Processes of the browser that uses `profileDir`, with their RSS. Linux only. */
export function browserProcesses(profileDir) {
  /** @type {Map<number, { ppid: number, type: string, cmd: string, ticks: number }>} */
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      // utime + stime + cutime + cstime, in clock ticks.
      const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      procs.set(Number(name), { ppid, type, cmd, ticks });
    } catch {
      // Exited while we looked.
    }
  }
  const root = [...procs].find(
    ([, p]) => p.type === 'browser' && p.cmd.includes(`--user-data-dir=${profileDir}`),
  )?.[0];
  if (root === undefined) return [];
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].map((pid) => {
    const p = /** @type {{ type: string, ticks: number }} */ (procs.get(pid));
    return { pid, type: p.type, ticks: p.ticks, rss: rssOf(pid) };
  });
}

/** A process's resident memory in bytes (0 once it has exited). */
export function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A process's proportional set size in bytes (0 once it has exited): its private pages plus its
 * share of pages it maps with others. Summed over processes it counts each shared page once, where
 * RSS counts the browser's code and shared memory again in every renderer.
 */
export function pssOf(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time so far, in clock ticks: the whole machine's busy time, and ours (the browser and this
 * script). Their difference over the import tells how much other processes took from the run.
 */
export function cpuTicks(profileDir) {
  const f = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
  const busy = user + nice + system + irq + softirq + steal;
  const own = process.cpuUsage();
  // process.cpuUsage() is in microseconds; /proc counts USER_HZ ticks, 100 per second on Linux.
  const procs = browserProcesses(profileDir);
  const ours = procs.reduce((a, p) => a + p.ticks, 0) + (own.user + own.system) / 1e4;
  /** @type {Record<string, number>} */
  const byType = {};
  for (const p of procs) {
    if (p.type !== 'renderer') {
      byType[p.type] = (byType[p.type] ?? 0) + p.ticks;
      continue;
    }
    // The renderer by thread kind: its workers (the app's code), V8's and Blink's thread pool
    // (garbage collection, compilation, IndexedDB value wrapping) and the page's main thread.
    for (const [kind, ticks] of Object.entries(threadTicks(p.pid))) {
      byType[`renderer ${kind}`] = (byType[`renderer ${kind}`] ?? 0) + ticks;
    }
  }
  return { busy, total: busy + idle + iowait, ours, byType };
}

/**
 * Last seen CPU ticks of every renderer thread by "pid/tid", kept after the thread ends: the
 * block workers end with the import, before its final reading, and would drop out of a sum of
 * the live threads. The sampler refreshes it while the import runs.
 * @type {Map<string, { pid: number, kind: string, ticks: number }>}
 */
const threadsSeen = new Map();

/** Reads the CPU ticks of a process's threads into threadsSeen. */
export function noteThreads(pid) {
  /** @type {string[]} */
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const kind = comm.startsWith('DedicatedWorker')
        ? 'workers'
        : comm.startsWith('ThreadPool')
          ? 'thread pool'
          : Number(tid) === pid
            ? 'main'
            : 'other';
      threadsSeen.set(`${pid}/${tid}`, { pid, kind, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // Ended while we looked.
    }
  }
}

/** CPU ticks of every worker thread seen so far, by "pid/tid". */
export function workerThreadTicks() {
  return new Map(
    [...threadsSeen].filter(([, t]) => t.kind === 'workers').map(([id, t]) => [id, t.ticks]),
  );
}

/** A process's CPU ticks by thread kind (workers, thread pool, main, other), ended ones included. */
export function threadTicks(pid) {
  noteThreads(pid);
  /** @type {Record<string, number>} */
  const out = {};
  for (const t of threadsSeen.values()) {
    if (t.pid === pid) out[t.kind] = (out[t.kind] ?? 0) + t.ticks;
  }
  return out;
}
