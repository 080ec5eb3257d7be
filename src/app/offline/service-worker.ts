/**
 * Registers the service worker of production builds (`sw.ts`, built by
 * scripts/vite/service-worker-plugin.ts) and follows its state for the header. `vite` dev never
 * registers one, so developers never run yesterday's code from a cache.
 */
import { fetchSampleAfter } from '../../store/sample';

export interface OfflineState {
  /** A service worker controls this page: its files and the sample are cached. */
  ready: boolean;
  /** A newer build is installed and waits for this page to let it take over. */
  updateWaiting: boolean;
}

let state: OfflineState = { ready: false, updateWaiting: false };
const listeners = new Set<() => void>();
let registration: ServiceWorkerRegistration | undefined;
let reloadOnChange = false;
let started = false;

function set(next: Partial<OfflineState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offlineState(): OfflineState {
  return state;
}

function watchWaiting(reg: ServiceWorkerRegistration, container: ServiceWorkerContainer): void {
  // Without a controller the new worker is the first one and takes over by itself.
  const check = () => set({ updateWaiting: reg.waiting !== null && container.controller !== null });
  check();
  reg.addEventListener('updatefound', () => {
    reg.installing?.addEventListener('statechange', check);
  });
}

/**
 * Resolves once a first worker controls the page, or once there will be none (registration
 * refused, install failed, or a worker that does not control this page, as after a hard reload).
 * The sample is precached by the worker: an import that waits for this reads that copy instead
 * of downloading the 9 MB a second time beside it.
 */
function whenControlledOrNot(container: ServiceWorkerContainer): Promise<void> {
  return new Promise((resolve) => {
    if (container.controller) return resolve();
    container.addEventListener('controllerchange', () => resolve(), { once: true });
    registered
      ?.then((reg) => {
        // An active worker that does not control this page will not take it before a reload.
        const first = reg.active ? null : (reg.installing ?? reg.waiting);
        if (!first) return resolve();
        first.addEventListener('statechange', () => {
          if (first.state === 'activated' || first.state === 'redundant') resolve();
        });
      })
      .catch(() => resolve());
  });
}

let registered: Promise<ServiceWorkerRegistration> | undefined;

export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const container = navigator.serviceWorker;
  if (!import.meta.env.PROD) {
    // A worker left by a production preview on this origin would serve stale code in dev.
    void container
      .getRegistrations()
      .then((regs) => Promise.all(regs.map((r) => r.unregister())))
      .catch(() => undefined);
    return;
  }
  set({ ready: container.controller !== null });
  container.addEventListener('controllerchange', () => {
    if (reloadOnChange) {
      window.location.reload();
      return;
    }
    // A newer build took over from another tab: this page still runs the older one.
    const replaced = state.ready;
    set({ ready: container.controller !== null, updateWaiting: replaced });
  });
  const base = import.meta.env.BASE_URL;
  registered = container.register(`${base}sw.js`, { scope: base });
  fetchSampleAfter(() => whenControlledOrNot(container));
  registered
    .then((reg) => {
      registration = reg;
      watchWaiting(reg, container);
    })
    .catch((err: unknown) => {
      // The app works without it, only not offline.
      console.warn('service worker not registered', err);
    });
}

/**
 * Lets the waiting build take over; the page reloads once it controls the page. When it has
 * taken over already (from another tab), only the reload is left to do.
 */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  reloadOnChange = true;
  waiting.postMessage('skip-waiting');
}
