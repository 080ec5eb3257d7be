// Shared by the presenter store's tests; never imported by the app.
import { afterEach, expect } from 'vitest';
import { createPresenterStore } from '../../store/presenter';

/** Waits until the check holds (messages cross the channel asynchronously). */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** A list for the stores a test file makes; each is disconnected after its test. */
export function trackedStores(): ReturnType<typeof createPresenterStore>[] {
  const stores: ReturnType<typeof createPresenterStore>[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.getState().disconnect();
  });
  return stores;
}
