import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { DEV_SERVICE_WORKER, PRECACHE, rawGzipFiles } from './service-worker-plugin';

let dir: string;

function put(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sw-plugin-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The precache manifest vite-plugin-pwa injects into sw.js, with the plugin's options. */
async function manifest(): Promise<Map<string, string | null>> {
  const { manifestEntries, warnings } = await getManifest({ ...PRECACHE, globDirectory: dir });
  expect(warnings).toEqual([]);
  return new Map((manifestEntries ?? []).map((e) => [e.url, e.revision]));
}

/** A build as Vite writes it: hashed assets, public files copied as they are. */
function build(app: string): void {
  put('index.html', `<script src="/assets/index-${app}.js"></script>`);
  put(`assets/index-${app}.js`, `app ${app}`);
  put(`assets/index-${app}.js.map`, '{}');
  put('assets/search.worker-Bq1x2Yz9.js', 'worker');
  put('sample/botsv2-ftp-sample.csv.gz', 'packed sample');
  put('hunts/ftp-exfiltration.yaml', 'id: ftp');
  put('manifest.webmanifest', '{}');
  put('.vite/manifest.json', '{}');
  put('sw.js', 'the previous worker');
}

describe('the precache manifest', () => {
  it('lists every built file the app reads, not source maps, dotfiles or the worker itself', async () => {
    build('AAAA1111');
    const entries = await manifest();
    expect([...entries.keys()].sort()).toEqual([
      'assets/index-AAAA1111.js',
      'assets/search.worker-Bq1x2Yz9.js',
      'hunts/ftp-exfiltration.yaml',
      'index.html',
      'manifest.webmanifest',
      'sample/botsv2-ftp-sample.csv.gz',
    ]);
    // Hashed names are their own revision; every other file carries one from its content.
    expect(entries.get('assets/index-AAAA1111.js')).toBeNull();
    for (const file of [
      'index.html',
      'sample/botsv2-ftp-sample.csv.gz',
      'hunts/ftp-exfiltration.yaml',
    ])
      expect(entries.get(file), file).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes only what a new build changed: new app code leaves the sample’s entry alone', async () => {
    build('AAAA1111');
    const first = await manifest();
    rmSync(path.join(dir, 'assets/index-AAAA1111.js'));
    build('BBBB2222');
    const second = await manifest();
    const changed = (a: Map<string, string | null>, b: Map<string, string | null>) =>
      [...a].filter(([url, rev]) => !b.has(url) || b.get(url) !== rev).map(([url]) => url);
    // What the next worker downloads: the new bundle and the page that loads it, nothing else.
    expect(changed(second, first).sort()).toEqual(['assets/index-BBBB2222.js', 'index.html']);
    expect(changed(first, second).sort()).toEqual(['assets/index-AAAA1111.js', 'index.html']);
    put('sample/botsv2-ftp-sample.csv.gz', 'a new sample');
    expect(changed(await manifest(), second)).toEqual(['sample/botsv2-ftp-sample.csv.gz']);
  });
});

describe('rawGzipFiles', () => {
  /** What a response gets when sirv sends `url` after the middleware. */
  function served(url: string): OutgoingHttpHeaders {
    const set = new Map<string, string>();
    let sent: OutgoingHttpHeaders = {};
    const res = {
      writeHead: (_code: number, headers: OutgoingHttpHeaders) => {
        sent = { ...Object.fromEntries(set), ...headers };
        return res;
      },
      removeHeader: (name: string) => set.delete(name.toLowerCase()),
      hasHeader: (name: string) => set.has(name.toLowerCase()),
      setHeader: (name: string, value: string) => set.set(name.toLowerCase(), value),
    };
    res.setHeader('Vary', 'Origin');
    let next = false;
    rawGzipFiles({ url } as never, res as never, () => (next = true));
    expect(next).toBe(true);
    // As Vite's sirv answers a .gz file.
    res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Encoding': 'gzip' });
    return sent;
  }

  it('sends a .gz file as its packed bytes, not as an encoding the browser undoes', () => {
    const headers = served('/sample/botsv2-ftp-sample.csv.gz?__WB_REVISION__=abc');
    expect(headers['Content-Encoding']).toBeUndefined();
    expect(headers['Content-Type']).toBe('application/gzip');
    expect(headers.vary).toBe('Origin');
  });

  it('leaves every other file as the server sends it', () => {
    expect(served('/assets/index.js')['Content-Encoding']).toBe('gzip');
  });
});

describe('the dev server’s sw.js', () => {
  it('removes a production worker: its caches, its registration, and reloads the tabs', async () => {
    const stores = new Set(['hunting-workbook-precache-v2-http://127.0.0.1/', 'someone-else']);
    const handlers = new Map<string, (event: unknown) => void>();
    const navigated: string[] = [];
    let unregistered = false;
    let skipped = false;
    const self = {
      registration: { unregister: async () => (unregistered = true) },
      clients: {
        matchAll: async () => [
          { url: 'http://127.0.0.1/#/data', navigate: async (u: string) => void navigated.push(u) },
        ],
      },
      skipWaiting: async () => void (skipped = true),
      addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
    };
    const caches = {
      keys: async () => [...stores],
      delete: async (name: string) => stores.delete(name),
    };
    vm.runInContext(DEV_SERVICE_WORKER, vm.createContext({ self, caches, Promise }));
    handlers.get('install')?.({});
    expect(skipped).toBe(true);
    let wait: Promise<unknown> = Promise.resolve();
    handlers.get('activate')?.({ waitUntil: (p: Promise<unknown>) => (wait = p) });
    await wait;
    expect([...stores]).toEqual(['someone-else']);
    expect(unregistered).toBe(true);
    expect(navigated).toEqual(['http://127.0.0.1/#/data']);
    // It has no fetch handler: every request goes to the dev server.
    expect(handlers.has('fetch')).toBe(false);
  });
});
