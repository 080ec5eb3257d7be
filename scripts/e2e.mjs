// Runs the Playwright end-to-end tests after making sure a browser exists: one is found, or got
// (ensureBrowser: Playwright's download, else the distribution's package as root on
// Debian/Ubuntu), or the run stops with instructions rather than a stack trace.
import { spawnSync } from 'node:child_process';
import { ensureBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';

if (!ensureBrowser()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
