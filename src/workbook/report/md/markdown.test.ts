import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../escape';
import { safeMarkdown, safeMarkdownLine } from './markdown';

describe('a learner’s Markdown in the Markdown report', () => {
  it('keeps its structure and formatting', () => {
    expect(
      safeMarkdown('# One\n\n- a *b*\n  more\n  - c\n1. x\n\n> `q <b>`\n\n```\n<raw>\n```'),
    ).toBe('#### One\n\n- a *b*\n  more\n  - c\n\n1. x\n\n> `q <b>`\n\n```\n<raw>\n```');
  });

  it('turns links and images into text and an address, and escapes HTML', () => {
    expect(safeMarkdown('see [it](http://x.example) and ![i](http://x.example/i.png)')).toBe(
      'see it \\[`http://x.example`\\] and i \\[`http://x.example/i.png`\\]',
    );
    expect(safeMarkdown('<img src=x onerror=alert(1)> & [not a link] \\[kept\\]')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\& \\[not a link\\] \\[kept\\]',
    );
  });

  it('gives one line for a list item', () => {
    expect(safeMarkdownLine('a\nb\n\n- c\n- d\n\n```\ncode\n```')).toBe('a b c; d `code`');
  });
});

describe('values from data', () => {
  it('read as text whatever they hold', () => {
    expect(escapeMarkdown('a|b *c* [d](e) <f> &g; `h` ~i~ #j !k \\l\nm')).toBe(
      'a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\&g; \\`h\\` \\~i\\~ \\#j \\!k \\\\l m',
    );
    expect(markdownCode('a ``b`` c')).toBe('```a ``b`` c```');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });
});
