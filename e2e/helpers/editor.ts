import { expect, type Locator } from '@playwright/test';

/** The text of a search box (the SPL editor's lines, joined as the query is). */
export function searchText(box: Locator): Promise<string> {
  return box.evaluate((el) =>
    [...el.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
  );
}

/** Waits until the search box holds exactly `text`. */
export async function expectSearchText(box: Locator, text: string): Promise<void> {
  await expect.poll(() => searchText(box)).toBe(text);
}
