import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/;

/** The content policy `index.html` ships in its `<meta http-equiv>`: the one source of it. */
export function appPolicy(html: string): string {
  const m = META.exec(html);
  if (!m) throw new Error('index.html lacks its Content-Security-Policy <meta>');
  return m[2];
}

/** The policy as directives: name -> sources. */
export function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

function withSources(policy: string, add: Record<string, string[]>): string {
  const d = directives(policy);
  for (const [name, sources] of Object.entries(add)) {
    d.set(name, [...new Set([...(d.get(name) ?? d.get('default-src') ?? []), ...sources])]);
  }
  return [...d].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Vite's dev server needs more than the built app: an inline script (React's refresh preamble),
 * styles injected as `<style>` elements, and its hot-reload WebSocket. Only `npm start` gets this.
 */
export function devPolicy(policy: string): string {
  return withSources(policy, {
    'script-src': ["'unsafe-inline'"],
    'style-src': ["'unsafe-inline'"],
    'connect-src': ['ws:', 'wss:'],
  });
}

/**
 * Ships index.html's policy (see appPolicy) and makes every server of the app apply it:
 * `vite preview` (which the end-to-end tests use) also sends it as a header, so that the Web
 * Workers, whose policy comes from their own script's response and not from the page, run under
 * it too, WebAssembly included; the dev server rewrites the meta to devPolicy.
 */
export function contentPolicyPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'hunting-workbook:content-policy',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!ctx.server) return html;
        return html.replace(META, (_, open: string, policy: string, close: string) => {
          return `${open}${devPolicy(policy)}${close}`;
        });
      },
    },
    configurePreviewServer(server) {
      const policy = appPolicy(readFileSync(path.join(root, 'index.html'), 'utf8'));
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
