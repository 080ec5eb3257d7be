import { elementsOf, textOf, type XmlElement } from './xml';

/**
 * The XPath the `xpath` command takes, as a subset: location paths from the root (`/a/b`) or
 * anywhere (`//b`), `*`, `text()`, `@attr` / `@*` as the last step, and predicates `[N]`
 * (1-based), `[@attr]`, `[@attr='v']`, `[name='v']`. Anything else is refused by name.
 */
type Test = { kind: 'name'; name: string } | { kind: 'text' } | { kind: 'attr'; name: string };
type Predicate =
  | { kind: 'position'; n: number }
  | { kind: 'attr'; name: string; value: string | null }
  | { kind: 'child'; name: string; value: string };
interface Step {
  descendant: boolean;
  test: Test;
  predicates: Predicate[];
}

export class XPathError extends Error {}

const STEP = /^(\/\/?)(@?[\w.:*-]+(?:\(\))?)((?:\[[^\]]*\])*)/;
const PRED = /\[([^\]]*)\]/g;

export function compileXPath(xpath: string): Step[] {
  let rest = xpath.trim();
  if (!rest.startsWith('/')) rest = `//${rest}`;
  const steps: Step[] = [];
  while (rest !== '') {
    const m = STEP.exec(rest);
    if (!m) throw new XPathError(`unsupported XPath at '${rest}'`);
    const token = m[2];
    let test: Test;
    if (token === 'text()') test = { kind: 'text' };
    else if (token.startsWith('@')) test = { kind: 'attr', name: token.slice(1) };
    else if (token.endsWith('()')) throw new XPathError(`unsupported XPath function '${token}'`);
    else test = { kind: 'name', name: token };
    const predicates: Predicate[] = [];
    for (const p of m[3].matchAll(PRED)) predicates.push(predicate(p[1].trim()));
    steps.push({ descendant: m[1] === '//', test, predicates });
    rest = rest.slice(m[0].length);
  }
  if (steps.slice(0, -1).some((s) => s.test.kind !== 'name')) {
    throw new XPathError('text() and @attributes must be the last step');
  }
  return steps;
}

function predicate(text: string): Predicate {
  if (/^\d+$/.test(text)) return { kind: 'position', n: Number(text) };
  const attr = /^@([\w.:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'))?$/.exec(text);
  if (attr) return { kind: 'attr', name: attr[1], value: attr[2] ?? attr[3] ?? null };
  const child = /^([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')$/.exec(text);
  if (child) return { kind: 'child', name: child[1], value: child[2] ?? child[3] };
  throw new XPathError(`unsupported XPath predicate '[${text}]'`);
}

/** The string values the path selects, in document order. */
export function evaluateXPath(doc: XmlElement, steps: readonly Step[]): string[] {
  let nodes: XmlElement[] = [doc];
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if (step.test.kind !== 'name') {
      if (s !== steps.length - 1) throw new XPathError('text() and @attributes must come last');
      const scope = step.descendant ? nodes.flatMap(selfAndDescendants) : nodes;
      if (step.test.kind === 'text') {
        return scope.flatMap((el) => el.children.filter((c): c is string => typeof c === 'string'));
      }
      const name = step.test.name;
      return scope.flatMap((el) =>
        name === '*' ? [...el.attrs.values()] : el.attrs.has(name) ? [el.attrs.get(name)!] : [],
      );
    }
    const name = step.test.name;
    const next: XmlElement[] = [];
    for (const el of nodes) {
      // Predicates count among the children of one parent, as XPath's [N] does.
      for (const parent of step.descendant ? selfAndDescendants(el) : [el]) {
        let matched = elementsOf(parent).filter((k) => name === '*' || k.name === name);
        for (const p of step.predicates) matched = applyPredicate(matched, p);
        next.push(...matched);
      }
    }
    nodes = [...new Set(next)];
  }
  return nodes.map((el) => textOf(el).trim());
}

function applyPredicate(nodes: XmlElement[], p: Predicate): XmlElement[] {
  if (p.kind === 'position') return p.n >= 1 && p.n <= nodes.length ? [nodes[p.n - 1]] : [];
  if (p.kind === 'attr') {
    return nodes.filter(
      (n) => n.attrs.has(p.name) && (p.value === null || n.attrs.get(p.name) === p.value),
    );
  }
  return nodes.filter((n) =>
    elementsOf(n).some((k) => k.name === p.name && textOf(k).trim() === p.value),
  );
}

function selfAndDescendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    out.push(e);
    const kids = elementsOf(e);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
