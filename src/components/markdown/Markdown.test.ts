import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render';
import { safeHref } from '../../workbook/markdown/parse';

const EXEMPT = ' data-i18n-exempt=""';
// The markup of the text itself; the root's content mark is checked once, below.
const html = (text: string, inline?: boolean) =>
  renderToStaticMarkup(renderMarkdown(text, { inline })).replace(EXEMPT, '');

describe('Markdown', () => {
  it('marks its root as content, which is not checked against the message catalogue', () => {
    for (const inline of [false, true]) {
      expect(renderToStaticMarkup(renderMarkdown('Some *text*', { inline }))).toMatch(
        new RegExp(`^<(div|span)[^>]*${EXEMPT}`),
      );
    }
  });

  it("cuts a heading's closing #s, keeps a # that ends a word, and stays fast on long runs", () => {
    expect(html('## Exfil via FTP ##')).toBe(html('## Exfil via FTP'));
    expect(html('# C#')).toContain('C#</');
    const started = performance.now();
    html('# a' + ' '.repeat(20_000) + 'b');
    html('# ' + '#'.repeat(20_000) + ' x');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('renders paragraphs, headings, emphasis, strong and inline code', () => {
    expect(html('# Title\n\nOne *two* **three** `four`\ncontinued')).toBe(
      '<div class="markdown"><h3>Title</h3><p>One <em>two</em> <strong>three</strong> <code>four</code> continued</p></div>',
    );
  });

  it('renders fenced code verbatim, markup inside included', () => {
    expect(html('```spl\nindex=* | stats count by **src**\n<b>x</b>\n```')).toBe(
      '<div class="markdown"><pre class="markdown__code" data-lang="spl"><code>index=* | stats count by **src**\n&lt;b&gt;x&lt;/b&gt;</code></pre></div>',
    );
  });

  it('renders bullet and numbered lists, with continuation lines', () => {
    expect(html('- a\n- *b*\n  more\n\n3. x\n4. y')).toBe(
      '<div class="markdown"><ul><li>a</li><li><em>b</em> more</li></ul><ol start="3"><li>x</li><li>y</li></ol></div>',
    );
  });

  it('keeps HTML in the input as literal text', () => {
    const out = html('<script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('links http(s), mailto and hash routes; external ones open without an opener', () => {
    expect(html('[site](https://example.org/a) [me](mailto:a@b.c) [data](#/data)')).toBe(
      '<div class="markdown"><p><a href="https://example.org/a" target="_blank" rel="noopener noreferrer">site</a> ' +
        '<a href="mailto:a@b.c" target="_blank" rel="noopener noreferrer">me</a> <a href="#/data">data</a></p></div>',
    );
  });

  it('leaves other links as inert text', () => {
    const out = html('[x](javascript:alert(1)) [y](data:text/html,hi) [z](//evil.example)');
    expect(out).not.toContain('<a');
    expect(out).toContain('[x](javascript:alert(1))');
    expect(out).toContain('[y](data:text/html,hi)');
  });

  it('renders a single paragraph inline when asked', () => {
    expect(html('T1048 *Exfiltration*', true)).toBe('<span>T1048 <em>Exfiltration</em></span>');
  });

  it('does not treat underscores inside words as emphasis', () => {
    expect(html('file_name_here', true)).toBe('<span>file_name_here</span>');
    expect(html('an _emphasised_ word', true)).toBe('<span>an <em>emphasised</em> word</span>');
  });

  it('closes an unterminated fence at the end of the text', () => {
    expect(html('```\nabc')).toBe(
      '<div class="markdown"><pre class="markdown__code"><code>abc</code></pre></div>',
    );
  });

  it('checks link targets', () => {
    expect(safeHref('HTTPS://x.org')).toEqual({ href: 'HTTPS://x.org', external: true });
    expect(safeHref('#/hunts/a/b')).toEqual({ href: '#/hunts/a/b', external: false });
    expect(safeHref('vbscript:x')).toBeNull();
    expect(safeHref('#top')).toBeNull();
  });
});
