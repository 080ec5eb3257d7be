import { test as base } from './origin-guard';
import {
  SAMPLE_STATE_KEY,
  SAMPLE_STATE_VERSION,
  type PersistedSampleState,
} from '../../src/store/sample-keys';

/**
 * The origin-guarded `test` (origin-guard.ts) for tests that start from an empty app: the browser
 * profile has been offered the workshop sample before (a user who deleted it, or who had data at
 * first start), so the app loads nothing by itself. Every page of the test's context gets this
 * profile. sample.spec.ts uses originGuard's `test` instead, for the real first start.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const state: PersistedSampleState = { offered: true, datasetIds: [] };
    await context.addInitScript(
      ({ key, value }) => {
        // Only where nothing is stored yet: the app's own updates must survive a reload.
        try {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        } catch {
          // about:blank and other opaque origins have no storage; nothing to prepare there.
        }
      },
      { key: SAMPLE_STATE_KEY, value: JSON.stringify({ state, version: SAMPLE_STATE_VERSION }) },
    );
    await use(context);
  },
});

export { expect } from '@playwright/test';
