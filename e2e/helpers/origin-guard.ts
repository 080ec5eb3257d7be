import { expect, test as base, type Page, type Request } from '@playwright/test';

/**
 * The URLs among `urls` that leave `origin`. `data:` and `blob:` URLs never reach a network; a
 * URL that does not parse is reported, since nobody can say where it went.
 */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    if (/^(data|blob):/i.test(url)) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/**
 * Playwright's `test` with a guard that fails any test whose pages, their workers or the
 * service worker asked another origin for anything: the app promises that no request ever
 * leaves it. The context's request event sees all of them, requests served from the service
 * worker's cache included. `requests` holds every URL asked for, for a test to read.
 */
export const test = base.extend<{ requests: string[]; policyViolations: string[] }>({
  requests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const seen: string[] = [];
      const record = (request: Request) => void seen.push(request.url());
      context.on('request', record);
      await use(seen);
      context.off('request', record);
      expect(foreignRequests(seen, origin), `requests that left ${origin}`).toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Fails any test in which the app's content policy (index.html's, which `vite preview` also
   * sends to the workers) refused something: a `securitypolicyviolation` in a page, or a worker
   * that fell back from WebAssembly to JS. A test that provokes one on purpose empties the list.
   */
  policyViolations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      await context.exposeBinding('__reportPolicyViolation', (_source, text: string) => {
        seen.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as Record<string, (text: string) => void>)
            .__reportPolicyViolation;
          report(
            `${e.effectiveDirective} refused ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      const watch = (page: Page) =>
        page.on('worker', (worker) =>
          worker.on('console', (msg) => {
            if (/WebAssembly refused|Content Security Policy/i.test(msg.text())) {
              seen.push(`${worker.url()}: ${msg.text()}`);
            }
          }),
        );
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(seen);
      expect(seen, 'content policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
