import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEV_SERVICE_WORKER,
  precacheManifest,
  serviceWorkerSource,
  type PrecacheManifest,
} from './service-worker-plugin';

const TEMPLATE = readFileSync(path.join(import.meta.dirname, 'sw-template.js'), 'utf8');

let dir: string;

function put(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sw-plugin-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheManifest', () => {
  it('lists every built file the app reads, not source maps, dotfiles or the worker itself', () => {
    put('index.html', '<html>');
    put('assets/index-abc.js', 'app');
    put('assets/index-abc.js.map', '{}');
    put('assets/search.worker-def.js', 'worker');
    put('sample/botsv2-ftp-sample.csv.gz', 'gz');
    put('manifest.webmanifest', '{}');
    put('.vite/manifest.json', '{}');
    put('sw.js', 'old');
    expect(precacheManifest(dir).files).toEqual([
      'assets/index-abc.js',
      'assets/search.worker-def.js',
      'index.html',
      'manifest.webmanifest',
      'sample/botsv2-ftp-sample.csv.gz',
    ]);
  });

  it('has a new version when any file’s content or name changes, the same one otherwise', () => {
    put('index.html', '<html>');
    put('assets/a.js', 'one');
    const first = precacheManifest(dir).version;
    expect(precacheManifest(dir).version).toBe(first);
    put('assets/a.js', 'two');
    const second = precacheManifest(dir).version;
    expect(second).not.toBe(first);
    rmSync(path.join(dir, 'assets/a.js'));
    put('assets/b.js', 'two');
    expect(precacheManifest(dir).version).not.toBe(second);
    // Source maps are not served from the cache, so they do not make a new version.
    put('assets/b.js.map', 'x');
    expect(precacheManifest(dir).version).toBe(precacheManifest(dir).version);
  });
});

// The generated worker, run in a small stand-in for a service worker's global scope.
const ORIGIN = 'http://127.0.0.1:4401';
const SCOPE = `${ORIGIN}/`;

interface Worker {
  handlers: Map<string, (event: unknown) => void>;
  stores: Map<string, Map<string, Response>>;
  fetched: string[];
  skipped: boolean;
  offline: boolean;
}

function fakeCaches(stores: Map<string, Map<string, Response>>) {
  const open = async (name: string) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    const s = store;
    return {
      put: async (url: string, res: Response) => void s.set(url, res),
      match: async (url: string) => s.get(url)?.clone(),
    };
  };
  return {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
}

function loadWorker(manifest: PrecacheManifest, server: Record<string, Response>): Worker {
  const w: Worker = {
    handlers: new Map(),
    stores: new Map(),
    fetched: [],
    skipped: false,
    offline: false,
  };
  const fetch = async (input: string | { url: string }) => {
    const url = typeof input === 'string' ? input : input.url;
    w.fetched.push(url);
    if (w.offline) throw new TypeError('Failed to fetch');
    return server[url]?.clone() ?? new Response('missing', { status: 404 });
  };
  const self = {
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
    clients: { claim: async () => undefined },
    skipWaiting: async () => void (w.skipped = true),
    addEventListener: (type: string, fn: (event: unknown) => void) => w.handlers.set(type, fn),
  };
  const context = vm.createContext({
    self,
    caches: fakeCaches(w.stores),
    fetch,
    URL,
    Headers,
    Response,
    Set,
    Promise,
  });
  vm.runInContext(serviceWorkerSource(manifest, TEMPLATE), context);
  return w;
}

async function lifecycle(w: Worker, type: 'install' | 'activate'): Promise<void> {
  let wait: Promise<unknown> = Promise.resolve();
  w.handlers.get(type)?.({ waitUntil: (p: Promise<unknown>) => (wait = p) });
  await wait;
}

/** What the worker answers, or undefined when it leaves the request to the browser. */
async function request(w: Worker, req: Request, mode = 'cors'): Promise<Response | undefined> {
  let answer: Promise<Response> | undefined;
  const event = {
    // What the worker reads of a request; Node's Request has no settable mode.
    request: { url: req.url, method: req.method, mode },
    respondWith: (p: Promise<Response>) => (answer = p),
  };
  w.handlers.get('fetch')?.(event);
  return answer;
}

const MANIFEST: PrecacheManifest = {
  version: 'v1',
  files: ['assets/app.js', 'index.html', 'sample/botsv2-ftp-sample.csv.gz'],
};

function serverFiles(): Record<string, Response> {
  return {
    [`${ORIGIN}/assets/app.js`]: new Response('app code'),
    [`${ORIGIN}/index.html`]: new Response('<html>app</html>', {
      headers: { 'content-type': 'text/html' },
    }),
    // As fetch hands it over from Vite's server: already unpacked, headers as sent.
    [`${ORIGIN}/sample/botsv2-ftp-sample.csv.gz`]: new Response('_time,_raw\n1,a\n', {
      headers: { 'content-type': 'text/csv', 'content-encoding': 'gzip', 'content-length': '9' },
    }),
  };
}

describe('the generated service worker', () => {
  it('refuses a template without its placeholder', () => {
    expect(() => serviceWorkerSource(MANIFEST, 'const MANIFEST = {};')).toThrow(/placeholder/);
  });

  it('precaches every listed file on install and serves them from the cache offline', async () => {
    const w = loadWorker(MANIFEST, serverFiles());
    await lifecycle(w, 'install');
    expect([...(w.stores.get('hunting-workbook-v1')?.keys() ?? [])].sort()).toEqual(
      MANIFEST.files.map((f) => `${ORIGIN}/${f}`),
    );
    w.offline = true;
    const app = await request(w, new Request(`${ORIGIN}/assets/app.js`));
    expect(await app?.text()).toBe('app code');
    // The sample comes back as the same text, without a claim of gzip it no longer has.
    const sample = await request(w, new Request(`${ORIGIN}/sample/botsv2-ftp-sample.csv.gz`));
    expect(await sample?.text()).toBe('_time,_raw\n1,a\n');
    expect(sample?.headers.get('content-encoding')).toBeNull();
    expect(sample?.headers.get('content-length')).toBeNull();
    expect(sample?.headers.get('content-type')).toBe('text/csv');
  });

  it('answers navigations to the app’s own page with the cached page', async () => {
    const w = loadWorker(MANIFEST, serverFiles());
    await lifecycle(w, 'install');
    w.offline = true;
    for (const url of [
      SCOPE,
      `${ORIGIN}/index.html`,
      `${ORIGIN}/#/hunts/ftp-exfiltration`,
      `${ORIGIN}/?source=pwa#/search`,
    ]) {
      const page = await request(w, new Request(url), 'navigate');
      expect(await page?.text(), url).toBe('<html>app</html>');
    }
    const sample = await request(
      w,
      new Request(`${ORIGIN}/sample/botsv2-ftp-sample.csv.gz`),
      'navigate',
    );
    expect(await sample?.text()).toBe('_time,_raw\n1,a\n');
  });

  // It answered every navigation on the origin with the app, so another app or page served
  // there could not be reached while the worker was installed.
  it('leaves navigations to other pages of the origin to the browser', async () => {
    const w = loadWorker(MANIFEST, serverFiles());
    await lifecycle(w, 'install');
    for (const url of [
      `${ORIGIN}/elsewhere`,
      `${ORIGIN}/other-app/`,
      `${ORIGIN}/other-app/index.html`,
      `${ORIGIN}/index.htm`,
      `${ORIGIN}/sw.js`,
    ]) {
      expect(await request(w, new Request(url), 'navigate'), url).toBeUndefined();
    }
  });

  it('leaves other origins, other methods and unlisted files to the browser', async () => {
    const w = loadWorker(MANIFEST, serverFiles());
    await lifecycle(w, 'install');
    expect(await request(w, new Request('http://example.invalid/assets/app.js'))).toBeUndefined();
    expect(
      await request(w, new Request(`${ORIGIN}/assets/app.js`, { method: 'POST', body: 'x' })),
    ).toBeUndefined();
    expect(await request(w, new Request(`${ORIGIN}/assets/app.js.map`))).toBeUndefined();
  });

  it('fails its install and keeps no half-filled cache when a file cannot be fetched', async () => {
    const files = serverFiles();
    delete files[`${ORIGIN}/assets/app.js`];
    const w = loadWorker(MANIFEST, files);
    await expect(lifecycle(w, 'install')).rejects.toThrow(/HTTP 404/);
    expect(w.stores.has('hunting-workbook-v1')).toBe(false);
  });

  it('drops the caches of older builds on activate, and takes over when asked to', async () => {
    const w = loadWorker(MANIFEST, serverFiles());
    w.stores.set('hunting-workbook-old', new Map());
    w.stores.set('someone-else', new Map());
    await lifecycle(w, 'install');
    await lifecycle(w, 'activate');
    expect([...w.stores.keys()].sort()).toEqual(['hunting-workbook-v1', 'someone-else']);
    expect(w.skipped).toBe(false);
    w.handlers.get('message')?.({ data: 'skip-waiting' });
    expect(w.skipped).toBe(true);
  });
});

describe('the dev server’s sw.js', () => {
  it('removes a production worker: its caches, its registration, and reloads the tabs', async () => {
    const stores = new Map<string, Map<string, Response>>([
      ['hunting-workbook-v1', new Map()],
      ['someone-else', new Map()],
    ]);
    const handlers = new Map<string, (event: unknown) => void>();
    const navigated: string[] = [];
    let unregistered = false;
    let skipped = false;
    const self = {
      registration: { unregister: async () => (unregistered = true) },
      clients: {
        matchAll: async () => [
          { url: `${SCOPE}#/data`, navigate: async (u: string) => void navigated.push(u) },
        ],
      },
      skipWaiting: async () => void (skipped = true),
      addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
    };
    vm.runInContext(
      DEV_SERVICE_WORKER,
      vm.createContext({ self, caches: fakeCaches(stores), Promise }),
    );
    handlers.get('install')?.({});
    expect(skipped).toBe(true);
    let wait: Promise<unknown> = Promise.resolve();
    handlers.get('activate')?.({ waitUntil: (p: Promise<unknown>) => (wait = p) });
    await wait;
    expect([...stores.keys()]).toEqual(['someone-else']);
    expect(unregistered).toBe(true);
    expect(navigated).toEqual([`${SCOPE}#/data`]);
    // It has no fetch handler: every request goes to the dev server.
    expect(handlers.has('fetch')).toBe(false);
  });
});
