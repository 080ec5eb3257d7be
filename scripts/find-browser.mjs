// Finds a Chromium for Playwright, and gets one when there is none (see ensureBrowser): its own
// browser if installed, else the distribution's (/usr/bin/chromium on Debian).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Where distributions put their Chromium: Debian's name first, then older Ubuntu's. */
export const SYSTEM_CHROMIUMS = [SYSTEM_CHROMIUM, '/usr/bin/chromium-browser'];

// Flags for a closed network: without them Chromium keeps calling home and gets refused.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Seconds without a byte before Playwright's download gives up on a connection. */
export const DOWNLOAD_CONNECTION_TIMEOUT_S = 10;
/** The longest the whole download may take (Chromium is about 170 MB). */
export const DOWNLOAD_TIMEOUT_S = 600;

/**
 * @typedef {object} BrowserEnv What browser set-up reads and runs; tests pass their own.
 * @property {() => string | undefined} ownPath Playwright's Chromium executable, where it would be.
 * @property {(path: string) => boolean} exists
 * @property {() => number | undefined} uid The user id (0: root), undefined where there is none.
 * @property {() => string | null} osRelease The text of /etc/os-release, if any.
 * @property {(cmd: string, args: string[], opts: { timeoutS: number, env?: Record<string, string> }) => boolean} run
 *   Runs a command with its output shown; true when it succeeded within the time.
 * @property {(message: string) => void} log
 */

/** @type {BrowserEnv} */
export const realEnv = {
  ownPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  exists: existsSync,
  uid: () => process.getuid?.(),
  osRelease: () => {
    try {
      return readFileSync('/etc/os-release', 'utf8');
    } catch {
      return null;
    }
  },
  run: (cmd, args, { timeoutS, env }) => {
    const r = spawnSync(cmd, args, {
      stdio: 'inherit',
      timeout: timeoutS * 1000,
      env: { ...process.env, ...env },
    });
    return r.status === 0;
  },
  log: (message) => console.error(message),
};

/**
 * @param {BrowserEnv} env
 * @returns {{ executablePath: string | undefined, args: string[] } | null}
 */
export function findBrowser(env = realEnv) {
  const own = env.ownPath();
  if (own && env.exists(own)) return { executablePath: undefined, args: CHROMIUM_ARGS };
  const system = SYSTEM_CHROMIUMS.find((path) => env.exists(path));
  return system ? { executablePath: system, args: CHROMIUM_ARGS } : null;
}

/** Whether /etc/os-release names Debian or Ubuntu, or a distribution built on them. */
export function isDebianLike(osRelease) {
  if (!osRelease) return false;
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)=("?)([^"\n]*)\1$/gm)].flatMap((m) =>
    m[2].toLowerCase().split(/\s+/),
  );
  return ids.includes('debian') || ids.includes('ubuntu');
}

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests, and none could be installed.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (provides ${SYSTEM_CHROMIUM})
  - anywhere else: npx playwright install chromium`;

/**
 * Gets a Chromium for the tests where there is none: Playwright's own download where its CDN can
 * be reached (a connection that stays silent for DOWNLOAD_CONNECTION_TIMEOUT_S fails it), else,
 * running as root on Debian or Ubuntu, the distribution's `chromium` package. A machine that has
 * either browser is left as it is.
 * @param {BrowserEnv} env
 * @returns {{ executablePath: string | undefined, args: string[] } | null} null: say NO_BROWSER_MESSAGE
 */
export function ensureBrowser(env = realEnv) {
  const found = findBrowser(env);
  if (found) return found;
  env.log(
    "No Chromium for the end-to-end tests: downloading Playwright's (npx playwright install chromium)",
  );
  const downloaded = env.run('npx', ['playwright', 'install', 'chromium'], {
    timeoutS: DOWNLOAD_TIMEOUT_S,
    env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: String(DOWNLOAD_CONNECTION_TIMEOUT_S * 1000) },
  });
  if (downloaded && findBrowser(env)) return findBrowser(env);
  if (env.uid() === 0 && isDebianLike(env.osRelease())) {
    env.log(
      "Playwright's download failed: installing the distribution's chromium package (apt-get)",
    );
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    const installed =
      env.run('apt-get', ['update', '-qq'], { timeoutS: DOWNLOAD_TIMEOUT_S, env: aptEnv }) &&
      env.run('apt-get', ['install', '-y', '-qq', 'chromium'], {
        timeoutS: DOWNLOAD_TIMEOUT_S,
        env: aptEnv,
      });
    if (installed) return findBrowser(env);
  }
  return null;
}
