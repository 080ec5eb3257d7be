// The bench's import through the app's own page: its file input, its summary and dataset list.
import { sleep } from './serve.mjs';

export const IMPORT_TIMEOUT_MS = 20 * 60_000;

/** Waits out anything the app does on its own at first start (e.g. loading a bundled sample). */
/** @param {(s: string) => void} log */
export async function settle(page, log) {
  const progress = page.locator('[data-testid="import-progress"]');
  // An automatic import may start only after the app has looked at its database.
  for (let quiet = 0; quiet < 3000; quiet += 250) {
    await sleep(250);
    if (!(await progress.count())) continue;
    log('the app is importing something on its own; waiting for it to finish (excluded) ...');
    await progress.first().waitFor({ state: 'detached', timeout: IMPORT_TIMEOUT_MS });
    quiet = 0;
  }
  const rows = await page.locator('[data-testid="dataset-row"]').count();
  if (rows) log(`${rows} dataset(s) present before the run; sizes are measured as differences`);
}

/** Types the dataset name, so that the run's summary and row can be told from any others. */
export async function nameDataset(page, name) {
  // The dataset's name is the picker's first text field (the index follows it).
  const field = page
    .locator('section:has(input[data-testid="import-files"]) input[type="text"]:not([disabled])')
    .first();
  if ((await field.count()) !== 1) return false;
  await field.fill(name);
  return true;
}

/**
 * Resolves when a summary that was not there before appears (or an error does). A mutation
 * observer rather than polling, so the wait adds nothing to the main thread between renders.
 * @returns {Promise<{ kind: 'summary' | 'error', text: string }>}
 */
export async function waitForOutcome(page, name) {
  const outcome = page.evaluate((wanted) => {
    return new Promise((resolvePromise) => {
      const check = () => {
        for (const el of document.querySelectorAll('[data-testid="import-summary"]')) {
          if (/** @type {any} */ (el).__benchOld) continue;
          if (wanted && !el.textContent?.includes(wanted)) continue;
          return { kind: 'summary', text: el.textContent ?? '' };
        }
        for (const id of ['import-error', 'import-cancelled']) {
          const el = document.querySelector(`[data-testid="${id}"]`);
          if (el) return { kind: 'error', text: `${id}: ${el.textContent}` };
        }
        return null;
      };
      const found = check();
      if (found) return resolvePromise(found);
      const mo = new MutationObserver(() => {
        const r = check();
        if (r) {
          mo.disconnect();
          resolvePromise(r);
        }
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
  }, name);
  const timeout = sleep(IMPORT_TIMEOUT_MS).then(() => {
    throw new Error(`no import summary within ${IMPORT_TIMEOUT_MS / 60_000} min`);
  });
  return /** @type {Promise<{ kind: 'summary' | 'error', text: string }>} */ (
    Promise.race([outcome, timeout])
  );
}

/** The event count as the UI shows it and as the dataset record in IndexedDB holds it. */
export async function readEventCount(page, name) {
  const row = name
    ? page.locator(`[data-testid="dataset-row"][data-dataset-name="${name}"]`)
    : page.locator('[data-testid="dataset-row"]').last();
  await row.first().waitFor({ timeout: 30_000 });
  const countEl = row.locator('[data-testid="dataset-event-count"]');
  const target = (await countEl.count()) ? countEl.first() : row.first();
  const text = (await target.textContent()) ?? '';
  // Thousands separators of any locale between digit groups.
  const digits = /\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+|\d+/.exec(text)?.[0];
  const ui = digits ? Number(digits.replace(/\D/g, '')) : NaN;
  const db = await page.evaluate(async (wanted) => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise((res, rej) => {
        const req = indexedDB.open(/** @type {string} */ (info.name));
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('datasets')) continue;
        const all = await new Promise((res, rej) => {
          const req = db.transaction('datasets').objectStore('datasets').getAll();
          req.onsuccess = () => res(req.result);
          req.onerror = () => rej(req.error);
        });
        const hit = wanted
          ? all.find((/** @type {any} */ d) => d.name === wanted)
          : all.sort(
              (/** @type {any} */ a, /** @type {any} */ b) => b.importedAt - a.importedAt,
            )[0];
        if (hit) return typeof hit.eventCount === 'number' ? hit.eventCount : null;
      } finally {
        db.close();
      }
    }
    return null;
  }, name);
  return { ui, uiText: text, db };
}
