import { describe, expect, it } from 'vitest';
import { markdownHtml as md } from './html';

const compact = (text: string) => md(text, { compact: true });

describe('the report renders a learner’s Markdown', () => {
  it('as paragraphs with their line breaks', () => {
    expect(md('one\ntwo\n\n\nthree')).toBe('<p>one<br>two</p><p>three</p>');
    expect(md('a\\\nb')).toBe('<p>a<br>b</p>');
  });

  it('with headings below the report’s own', () => {
    expect(md('# One\n## Two ##\n### Three\n#### Four\n#nope')).toBe(
      '<h4>One</h4><h5>Two</h5><h6>Three</h6><h6>Four</h6><p>#nope</p>',
    );
  });

  it('with bullet and numbered lists, nested as CommonMark nests them', () => {
    expect(md('- a\n- b\n  more\n  - b1\n  - b2\n- c')).toBe(
      '<ul><li>a</li><li>b<br>more<ul><li>b1</li><li>b2</li></ul></li><li>c</li></ul>',
    );
    // A blank line between items makes the list loose: its items are paragraphs.
    expect(md('3. x\n\n4. y\n   1) y1\n      - deeper')).toBe(
      '<ol start="3"><li><p>x</p></li><li><p>y</p><ol><li>y1<ul><li>deeper</li></ul></li></ol></li></ol>',
    );
    expect(md('- a\n1. b\n\ntext')).toBe('<ul><li>a</li></ul><ol><li>b</li></ol><p>text</p>');
  });

  it('with emphasis, strong and code', () => {
    expect(md('*em* _em_ **strong** __strong__ ***both*** `a *b* <c>`')).toBe(
      '<p><em>em</em> <em>em</em> <strong>strong</strong> <strong>strong</strong> <em><strong>both</strong></em> <code>a *b* &lt;c&gt;</code></p>',
    );
    expect(md('src_ip and dest_ip, 2 * 3 * 4, *a _b* c_')).toBe(
      '<p>src_ip and dest_ip, 2 * 3 * 4, <em>a _b</em> c_</p>',
    );
    expect(md('``code with ` inside`` and \\*not em\\*')).toBe(
      '<p><code>code with ` inside</code> and *not em*</p>',
    );
  });

  it('with fenced code blocks kept verbatim', () => {
    expect(md('before\n```spl\nindex=* | stats count by **src**\n  <b>x</b>\n```\nafter')).toBe(
      '<p>before</p><pre><code>index=* | stats count by **src**\n  &lt;b&gt;x&lt;/b&gt;</code></pre><p>after</p>',
    );
    expect(md('~~~~\n~~~\n~~~~')).toBe('<pre><code>~~~</code></pre>');
    expect(md('```a``` is inline')).toBe('<p><code>a</code> is inline</p>');
  });

  it('with block quotes', () => {
    expect(md('> quoted **text**\n> - item\n\n> > nested')).toBe(
      '<blockquote><p>quoted <strong>text</strong></p><ul><li>item</li></ul></blockquote><blockquote><blockquote><p>nested</p></blockquote></blockquote>',
    );
  });

  it('with links as their text and the URL in brackets, never as links', () => {
    expect(
      md('See [the docs](https://docs.splunk.com/x_(y)) and ![chart](https://e.example/c.png)'),
    ).toBe(
      '<p>See the docs <span class="url">[https://docs.splunk.com/x_(y)]</span> and chart <span class="url">[https://e.example/c.png]</span></p>',
    );
    expect(md('[https://a.example](https://a.example) [a] (b) [c](d e)')).toBe(
      '<p><span class="url">[https://a.example]</span> [a] (b) [c](d e)</p>',
    );
  });

  it('leaves a lone paragraph unwrapped where it sits in a list item', () => {
    expect(compact('the **uploads**')).toBe('the <strong>uploads</strong>');
    expect(compact('one\n\n- two')).toBe('<p>one</p><ul><li>two</li></ul>');
    expect(compact('')).toBe('');
  });
});

describe('hostile Markdown', () => {
  it('keeps raw HTML as text', () => {
    const out = md(
      '<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n# <b onclick="x">h</b>\n- <svg onload=alert(1)>\n> <iframe src="javascript:alert(1)">\n`<a href="x">`\n```\n</code></pre><script>\n```',
    );
    expect(out).not.toMatch(/<(script|img|b |svg|iframe|a )/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;');
  });

  it('never makes a link, whatever the URL', () => {
    const out = md(
      '[click](javascript:alert(1)) [x](data:text/html;base64,PHNjcmlwdD4=) [y]("onmouseover="alert(1)) <javascript:alert(1)>',
    );
    expect(out).not.toMatch(/<a[\s>]|href=|src=|onmouseover="/i);
    expect(out).toContain('click <span class="url">[javascript:alert(1)]</span>');
    expect(out).toContain('[&quot;onmouseover=&quot;alert(1)]');
  });

  it('runs an unclosed fence to the end as code', () => {
    expect(md('text\n```\n# not a heading\n<b>')).toBe(
      '<p>text</p><pre><code># not a heading\n&lt;b&gt;</code></pre>',
    );
  });

  it('nests blocks at most 20 deep, and drops only what is deeper', () => {
    expect(md('>>>> deep')).toBe(
      '<blockquote>'.repeat(4) + '<p>deep</p>' + '</blockquote>'.repeat(4),
    );
    expect(md('- - - x')).toBe('<ul><li><ul><li><ul><li>x</li></ul></li></ul></li></ul>');
    const deep = md('> '.repeat(25) + 'x\n\nafter');
    expect(deep.match(/<blockquote>/g)).toHaveLength(20);
    expect(deep).toContain('<p>after</p>');
    expect(md('*'.repeat(100) + 'a' + '*'.repeat(100)).match(/<(em|strong)>/g)).toHaveLength(20);
  });

  // Each input is a shape that makes a naive parser quadratic (or overflow its stack).
  const huge: [string, string][] = [
    ['10k nested list markers on one line', '- '.repeat(10_000) + 'x'],
    [
      '10k list markers each deeper',
      Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i % 200) + '- x').join('\n'),
    ],
    ['10k quote markers', '> '.repeat(10_000) + 'x'],
    ['a very long line', 'word '.repeat(200_000)],
    ['a long run of spaces in a heading', `# a${' '.repeat(200_000)}b`],
    ['unclosed brackets', '['.repeat(100_000) + ']'],
    ['links without their parenthesis', '[a](x'.repeat(50_000)],
    [
      'backtick runs of growing length',
      Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1)).join('a'),
    ],
    ['unpaired emphasis', '*a _b '.repeat(50_000)],
    ['nested emphasis', '*a _b '.repeat(10_000) + ' c_ d*'.repeat(10_000)],
    ['10k unclosed fences', '```x\n'.repeat(10_000)],
  ];
  it.each(huge)('finishes %s in under a second', (_, text) => {
    // CPU time of this process: other builds on a busy machine stretch wall time, not this.
    const cpu = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const started = cpu();
    const out = md(text);
    expect(cpu() - started).toBeLessThan(1000);
    expect(out).not.toContain('<script');
  });
});
