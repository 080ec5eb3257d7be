// The completion part of `npm run bench` (and of `npm run bench:completion`, which runs it alone
// on a kept profile): with the imported data set stored, times the search editor's completion
// through the real search worker on the bench page (search.html), as a user meets it. Each kind
// is timed "cold" on a fresh page load (a new search worker, told which datasets are ready as the
// app tells it, that has read no field's values yet) and then "warm" (the next keystrokes). The
// bar (issue 20): under 50 ms.

export const COMPLETION_BAR_MS = 50;
/** Fresh page loads per kind; the figure is their median. */
const COLD_RUNS = 5;
const WARM_RUNS = 5;

export const COMPLETIONS = [
  { key: 'commands', label: 'commands after |', query: 'index=* | st' },
  { key: 'functions', label: 'eval functions', query: 'index=* | eval x=rou' },
  { key: 'fields', label: 'field names', query: 'index=* | stats count by s' },
  { key: 'sourcetype', label: 'values, 7 in all', query: 'index=* sourcetype=' },
  { key: 'src', label: 'values, 15 in all', query: 'index=* src=' },
  { key: 'destPort', label: 'values, ~330 a chunk', query: 'index=* dest_port=' },
  { key: 'destIp', label: 'values, ~4,400 a chunk', query: 'index=* dest_ip=' },
  { key: 'flowId', label: 'values, one per event', query: 'index=* flow_id=' },
];

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round1 = (/** @type {number} */ n) => Math.round(n * 10) / 10;

/**
 * @param {{ page: import('@playwright/test').Page, url: string, datasetName: string | null,
 *   log: (s: string) => void, only?: string[] }} ctx
 *   only: the keys of the kinds to time (all by default).
 */
export async function runCompletionBench({ page, url, datasetName, log, only }) {
  /** @type {Record<string, any>} */
  const results = {};
  for (const c of COMPLETIONS) {
    if (only && !only.includes(c.key)) continue;
    const cold = [];
    /** @type {number[]} */
    const warm = [];
    /** @type {any} */
    let last = null;
    for (let run = 0; run < COLD_RUNS; run++) {
      // A new page: a new search worker with an empty cache and no chunk list read.
      await page.goto(`${url}scripts/bench/search.html`);
      await page.waitForFunction(() => '__benchSearch' in window, null, { timeout: 60_000 });
      const id = await page.evaluate((name) => window.__benchSearch.datasetId(name), datasetName);
      const complete = (/** @type {string} */ q) =>
        page.evaluate(({ q, ids }) => window.__benchSearch.complete(q, ids), { q, ids: [id] });
      // The app starts its search worker and names the ready datasets as the page loads; that
      // start is not the completion's.
      await page.evaluate((ids) => window.__benchSearch.ready(ids), [id]);
      const first = await complete(c.query);
      cold.push(first.ms);
      if (run === 0) {
        for (let i = 0; i < WARM_RUNS; i++) warm.push((await complete(c.query)).ms);
      }
      last = first;
    }
    if (!last || last.items === 0) throw new Error(`no completions for ${c.query}`);
    const coldMs = median(cold);
    results[c.key] = {
      query: c.query,
      coldMs: round1(coldMs),
      coldRunsMs: cold.map(round1),
      warmMs: Math.round(median(warm) * 100) / 100,
      items: last.items,
      first: last.first,
      pass: coldMs <= COMPLETION_BAR_MS,
    };
    log(
      `completion ${JSON.stringify(c.query)}: cold median ${coldMs.toFixed(1)} ms ` +
        `(${cold.map((ms) => ms.toFixed(0)).join(', ')}), warm ${median(warm).toFixed(2)} ms; ` +
        `${last.items} items: ${last.first.join(' | ')}`,
    );
  }
  return results;
}

/** Rows for the bench's table. @param {Record<string, any>} r */
export function completionTableRows(r) {
  return COMPLETIONS.filter((c) => r[c.key]).map((c) => {
    const x = r[c.key];
    return [
      `${x.query} (${c.label})`,
      `${x.coldMs.toFixed(1)} ms`,
      `${x.pass ? 'PASS' : 'FAIL'} (bar <= ${COMPLETION_BAR_MS} ms on a fresh page; ` +
        `runs ${x.coldRunsMs.join(', ')} ms; next keystrokes ${x.warmMs} ms; ${x.items} items)`,
    ];
  });
}
