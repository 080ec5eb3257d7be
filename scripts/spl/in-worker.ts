// The CLI's search in a worker thread, so that its time limit can end it: a JavaScript regular
// expression cannot be interrupted inside one `exec` (`rex "(?<x>(a+)+$)"` on a long value runs
// for ages), but a thread can be terminated.
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

interface SearchStarted {
  /** The search's time limit, milliseconds: the clock starts now. */
  searchStarted: number;
}

/** Called by the search's thread as the search starts (the files are read by then). */
export function searchStarting(limitMs: number): void {
  parentPort?.postMessage({ searchStarted: limitMs } satisfies SearchStarted);
}

/** What the CLI prints, exit code 2, when a search passes its time limit. */
export function timeLimitError(limitMs: number): string {
  const message = `The search took longer than its time limit (${limitMs / 1000} s, --max-time)`;
  return JSON.stringify({ error: { message } }) + '\n';
}

/**
 * Runs `main` (which returns the exit code) in a worker thread started from `entry`, the CLI's
 * own module, which calls this again there. The worker's output and exit code pass through;
 * once the search has run past the limit it announced, the worker is terminated and the JSON
 * error printed with exit code 2.
 */
export function runInWorker(entry: string, main: () => Promise<number>): void {
  if (!isMainThread) {
    main().then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        console.error(`spl: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        process.exitCode = 1;
      },
    );
    return;
  }
  // The worker loads the TypeScript module through tsx, as this thread did.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, argv: process.argv.slice(2) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let limitMs: number | undefined;
  let limited = false;
  worker.on('message', (m: SearchStarted) => {
    limitMs = m.searchStarted;
    timer = setTimeout(() => {
      limited = true;
      void worker.terminate();
    }, limitMs);
  });
  worker.on('error', (err) => {
    console.error(`spl: ${err.stack ?? err.message}`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    clearTimeout(timer);
    if (limited && limitMs !== undefined) {
      process.stdout.write(timeLimitError(limitMs));
      process.exitCode = 2;
    } else if (process.exitCode === undefined) process.exitCode = code;
  });
}
