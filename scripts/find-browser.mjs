// Finds a Chromium for Playwright: its own browser if installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Flags for a closed network: without them Chromium keeps calling home and gets refused.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {{ executablePath: string | undefined, args: string[] } | null} */
export function findBrowser() {
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { executablePath: undefined, args: CHROMIUM_ARGS };
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS };
  return null;
}

export const NO_BROWSER_MESSAGE = `No Chromium found for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (provides ${SYSTEM_CHROMIUM})
  - anywhere else: npx playwright install chromium`;
