import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

// React renders error boundaries only in the browser (the e2e tests see one catch a failing
// event); here, what the boundary keeps and what it shows.
describe('ErrorBoundary', () => {
  it('keeps what was thrown as an error, and clears it when its reset key changes', () => {
    expect(ErrorBoundary.getDerivedStateFromError('bad')).toEqual({ error: new Error('bad') });
    const failed = { error: new Error('x'), key: 1 };
    const props = { area: 'view' as const, children: null };
    expect(ErrorBoundary.getDerivedStateFromProps({ ...props, resetKey: 1 }, failed)).toBeNull();
    expect(ErrorBoundary.getDerivedStateFromProps({ ...props, resetKey: 2 }, failed)).toEqual({
      error: null,
      key: 2,
    });
  });

  it('shows what failed, as text, in the element asked for', () => {
    const boundary = new ErrorBoundary({ area: 'event', as: 'li', children: null });
    boundary.state = { error: new Error('<b>Invalid string length</b>'), key: undefined };
    const html = renderToStaticMarkup(boundary.render() as never);
    expect(html).toMatch(/^<li class="error-boundary" role="alert" data-failed="event">/);
    expect(html).toContain('This event could not be shown.');
    expect(html).toContain('What failed: &lt;b&gt;Invalid string length&lt;/b&gt;');
    expect(html).toContain('Try again');
    const app = new ErrorBoundary({ area: 'app', children: createElement('p') });
    app.state = { error: new Error('x'), key: undefined };
    expect(renderToStaticMarkup(app.render() as never)).toContain('Reload the app');
  });
});
