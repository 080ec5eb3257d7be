// Runs the Playwright end-to-end tests after checking that a browser exists,
// so that a missing browser fails with instructions rather than a stack trace.
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.mjs';

if (!findBrowser()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
