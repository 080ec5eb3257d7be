import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPolicy, devPolicy, directives } from './content-policy';

const INDEX = readFileSync(path.join(import.meta.dirname, '../../index.html'), 'utf8');

describe('the content policy in index.html', () => {
  const policy = directives(appPolicy(INDEX));

  it('allows the app’s own scripts and WebAssembly, and no inline or evaluated script', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    // CodeMirror (the SPL editor) adds its theme as <style> elements; scripts stay strict.
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Nothing else may widen what runs or where anything goes.
    const every = [...policy.entries()]
      .filter(([name]) => name !== 'style-src')
      .flatMap(([, v]) => v);
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", 'blob:', '*', 'http:', 'https:']) {
      expect(every).not.toContain(loose);
    }
  });

  it('is loosened for the dev server only as far as Vite needs', () => {
    const dev = directives(devPolicy(appPolicy(INDEX)));
    expect(dev.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    expect(dev.get('worker-src')).toEqual(["'self'"]);
  });

  it('refuses an index.html without it', () => {
    expect(() => appPolicy('<html><head></head></html>')).toThrow(/Content-Security-Policy/);
  });
});
