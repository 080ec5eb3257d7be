// Whether this Chromium's BYOB reads of a file's stream still stop for good (docs/benchmarks.md,
// "Reading files in place"): a worker reads one file whole a few times, with a BYOB reader or the
// default one, and each pass either ends or is reported stalled after 60 s. The import reads
// files with the default reader until a run of this shows no stall on a file of 2 GB.
//
//   node scripts/bench/byob-stall.mjs <file> [byob|default] [passes]
//   (a 2 GB file: npm run bench -- --events 3000000 leaves bench-results/bench-3m.csv)
import http from 'node:http';
import { chromium } from '@playwright/test';
import { findBrowser, NO_BROWSER_MESSAGE } from '../find-browser.mjs';

const [file, mode = 'byob', passesArg = '3'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/byob-stall.mjs <file> [byob|default] [passes]');
  process.exit(1);
}

// The page's worker reads the chosen file whole and posts how long it took.
const page = `<input type=file><script>
const worker = new Worker(URL.createObjectURL(new Blob([\`onmessage = async ({ data: { file, byob } }) => {
  const started = performance.now();
  let bytes = 0;
  if (byob === 'watchdog') {
    // BYOB reads, and a read not answered in 2 s given up: the file is opened again at the last
    // byte delivered (the stalled read keeps its buffer, so a fresh one is made).
    let reader = file.stream().getReader({ mode: 'byob' });
    let buffer = new ArrayBuffer(1 << 20);
    const stalls = [];
    let slowest = 0;
    for (;;) {
      const asked = performance.now();
      let timer;
      const read = await Promise.race([
        reader.read(new Uint8Array(buffer)),
        new Promise((resolve) => (timer = setTimeout(() => resolve(null), 2000))),
      ]);
      clearTimeout(timer);
      if (read === null) {
        stalls.push(bytes);
        if (stalls.length > 20) break;
        reader.cancel().catch(() => {});
        buffer = new ArrayBuffer(1 << 20);
        reader = file.slice(bytes).stream().getReader({ mode: 'byob' });
        continue;
      }
      slowest = Math.max(slowest, performance.now() - asked);
      if (read.done) break;
      bytes += read.value.byteLength;
      buffer = read.value.buffer;
    }
    postMessage({ ms: performance.now() - started, bytes, stalls, slowest });
    return;
  }
  if (byob) {
    const reader = file.stream().getReader({ mode: 'byob' });
    let buffer = new ArrayBuffer(1 << 20);
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(buffer));
      if (done) break;
      bytes += value.byteLength;
      buffer = value.buffer;
    }
  } else {
    for await (const piece of file.stream()) bytes += piece.byteLength;
  }
  postMessage({ ms: performance.now() - started, bytes });
};\`], { type: 'text/javascript' })));
window.readAll = (byob) => new Promise((done) => {
  worker.onmessage = (e) => done(e.data);
  worker.postMessage({ file: document.querySelector('input').files[0], byob });
});
</script>`;

const server = http
  .createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page))
  .listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const found = findBrowser();
if (!found) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
const browser = await chromium.launch(found);
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.setInputFiles('input', file);
  for (let pass = 1; pass <= Number(passesArg); pass++) {
    const result = await Promise.race([
      tab.evaluate(
        (byob) => /** @type {any} */ (window).readAll(byob),
        mode === 'watchdog' ? 'watchdog' : mode === 'byob',
      ),
      new Promise((resolve) => setTimeout(() => resolve(null), 60_000)),
    ]);
    if (result === null) {
      console.log(`pass ${pass}: stalled (${mode} reader, no end in 60 s)`);
      process.exitCode = 2;
      break;
    }
    const watched = result.stalls
      ? `; ${result.stalls.length} stalled reads (at bytes ${result.stalls.join(', ') || '-'}), slowest answered read ${Math.round(result.slowest)} ms`
      : '';
    console.log(
      `pass ${pass}: ${result.bytes} bytes in ${Math.round(result.ms)} ms (${mode}${watched})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
