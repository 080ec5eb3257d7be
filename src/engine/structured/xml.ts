/**
 * A small, lenient XML reader for spath, xmlkv and xpath (the search worker has no DOMParser).
 * One linear pass; malformed input gives what could be read, never an exception. Entities are
 * decoded; comments, processing instructions and DOCTYPE are skipped; CDATA is text.
 */

import { constMap } from '../data-map';
export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: Array<XmlElement | string>;
}

/** Deeper elements are read as text of their parent: bounds the walkers' recursion. */
const MAX_DEPTH = 256;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text);
}

/** A document node whose children are the top-level elements (and text). */
export function parseXml(text: string): XmlElement {
  const doc: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack: XmlElement[] = [doc];
  let i = 0;
  const top = () => stack[stack.length - 1];
  const addText = (s: string) => {
    if (s.trim() !== '') top().children.push(decode(s));
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      addText(text.slice(i));
      break;
    }
    addText(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      top().children.push(text.slice(lt + 9, end < 0 ? text.length : end));
      i = end < 0 ? text.length : end + 3;
    } else if (text[lt + 1] === '?' || text[lt + 1] === '!') {
      const end = text.indexOf('>', lt);
      i = end < 0 ? text.length : end + 1;
    } else {
      const gt = text.indexOf('>', lt);
      if (gt < 0) {
        addText(text.slice(lt));
        break;
      }
      const tag = text.slice(lt + 1, gt);
      i = gt + 1;
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at > 0) stack.length = at;
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      if (name === '') continue;
      const el: XmlElement = { name, attrs: new Map(), children: [] };
      for (const m of body.slice(name.length).matchAll(ATTR)) {
        el.attrs.set(m[1], decode(m[2] ?? m[3] ?? ''));
      }
      if (stack.length > MAX_DEPTH) continue;
      top().children.push(el);
      if (!selfClosing) stack.push(el);
    }
  }
  return doc;
}

const ENTITIES = constMap<string>({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function elementsOf(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** All the text inside an element, in order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Pushes `value` onto the list of `key` in `out`. */
function add(out: Map<string, string[]>, key: string, value: string): void {
  const list = out.get(key);
  if (list) list.push(value);
  else out.set(key, [value]);
}

/** spath's auto-extraction for XML: `a.b.c` for leaf text, `a.b{@attr}` for attributes. */
export function flattenXml(doc: XmlElement, out: Map<string, string[]>): void {
  const walk = (el: XmlElement, path: string) => {
    for (const [k, v] of el.attrs) add(out, `${path}{@${k}}`, v);
    const kids = elementsOf(el);
    if (kids.length === 0) {
      const text = textOf(el).trim();
      if (text !== '') add(out, path, text);
    }
    for (const k of kids) walk(k, `${path}.${k.name}`);
  };
  for (const top of elementsOf(doc)) walk(top, top.name);
}

/** xmlkv: each element holding only text gives `name=text`. */
export function xmlLeafPairs(doc: XmlElement, out: Map<string, string[]>): void {
  const walk = (el: XmlElement) => {
    const kids = elementsOf(el);
    if (kids.length === 0 && el !== doc) {
      const text = textOf(el).trim();
      if (text !== '') add(out, el.name, text);
    }
    kids.forEach(walk);
  };
  walk(doc);
}

/**
 * spath's location path over XML: steps name elements from the top one down; `{N}` picks the
 * Nth (1-based, as Splunk counts for XML) and `{@attr}` reads an attribute.
 */
export function xmlAtPath(
  doc: XmlElement,
  steps: ReadonlyArray<{ name: string; indexes: Array<number | 'all' | string> }>,
): string[] {
  let current: XmlElement[] = [doc];
  let attr: string | null = null;
  for (const step of steps) {
    let next = current.flatMap((el) => elementsOf(el).filter((k) => k.name === step.name));
    for (const index of step.indexes) {
      if (typeof index === 'number')
        next = index >= 1 && index <= next.length ? [next[index - 1]] : [];
      else if (typeof index === 'string' && index.startsWith('@')) attr = index.slice(1);
    }
    current = next;
  }
  if (attr !== null) {
    const name = attr;
    return current.flatMap((el) => (el.attrs.has(name) ? [el.attrs.get(name)!] : []));
  }
  return current.map((el) => textOf(el).trim());
}
