import { ASCII_CLASS, MAJOR, MINOR } from '../text/breakers';
import { splitTerms } from '../text/split-terms';
import type { EventChunk } from '../source';
import { wildcardMatcher } from './wildcard';

function isBreaker(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  return code < 128 && (ASCII_CLASS[code] === MAJOR || ASCII_CLASS[code] === MINOR);
}

/** The smallest indexed pieces of a text: split on every breaker, lower-cased. */
export function atomsOf(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of text.toLowerCase()) {
    if (isBreaker(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * How one free-text word or phrase is matched against _raw.
 *
 * - A word without breakers is one index term: the term lookup answers exactly.
 * - A word with breakers (`10.0.2.107`, `stream:ftp`) is, as in Splunk, the conjunction of its
 *   pieces, then checked on _raw as a breaker-bounded substring.
 * - A phrase is the same with its own text.
 * - Wildcards: a trailing `*` after a breaker-free prefix is a prefix lookup; other patterns use
 *   the lookup of their leading piece, if any, and check each token of _raw.
 */
export interface TermPlan {
  /** Lower-case atoms every matching event holds (empty: no index help). */
  atoms: string[];
  /** Prefix lookup for a leading literal before a `*`. */
  prefix: string | null;
  /** True when the lookup alone decides (no _raw check needed). */
  exact: boolean;
  /** Checks one event's raw text. */
  verify(raw: string): boolean;
}

export function planTerm(text: string, phrase: boolean, modifier?: 'TERM' | 'CASE'): TermPlan {
  if (modifier) {
    // The index narrows as for the phrase; the text then decides.
    const base = planTerm(text, true);
    const check =
      modifier === 'TERM'
        ? (raw: string) => boundedIn(raw.toLowerCase(), text.toLowerCase(), isMajor)
        : (raw: string) => boundedIn(raw, text, isBreaker, true);
    return { ...base, exact: false, verify: (raw) => base.verify(raw) && check(raw) };
  }
  const lower = text.toLowerCase();
  if (lower.includes('*')) return wildcardPlan(lower, phrase);
  const atoms = atomsOf(lower);
  const single = atoms.length === 1 && atoms[0] === lower;
  return {
    atoms,
    prefix: null,
    exact: single,
    verify: single ? (raw) => splitTerms(raw).includes(lower) : (raw) => boundedIn(raw, lower),
  };
}

function wildcardPlan(lower: string, phrase: boolean): TermPlan {
  const lead = lower.slice(0, lower.indexOf('*'));
  const leadAtoms = atomsOf(lead);
  // Only the pieces ending in a breaker are whole terms; the last may continue into the `*`.
  const whole = isBreaker(lead[lead.length - 1]) ? leadAtoms : leadAtoms.slice(0, -1);
  const partial = whole.length < leadAtoms.length ? leadAtoms[leadAtoms.length - 1] : null;
  const simplePrefix = !phrase && /^[^*]+\*$/.test(lower) && atomsOf(lead).join('') === lead;
  if (simplePrefix) {
    return { atoms: [], prefix: lead, exact: true, verify: (raw) => tokenMatch(raw, lower) };
  }
  const inPhrase = phrase ? wildcardMatcher(lower, { anchored: false }) : null;
  return {
    atoms: whole,
    prefix: partial,
    exact: false,
    verify: inPhrase ?? ((raw) => tokenMatch(raw, lower)),
  };
}

function tokenMatch(raw: string, pattern: string): boolean {
  const matches = wildcardMatcher(pattern);
  return splitTerms(raw).some(matches);
}

function isMajor(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  return code < 128 && ASCII_CLASS[code] === MAJOR;
}

/**
 * Whether `needle` (lower case) occurs in `raw` with a breaker or the text's edge on each side
 * (`edge` tells which characters count; `exactCase` compares without lower-casing `raw`).
 */
export function boundedIn(
  raw: string,
  needle: string,
  edge: (c: string | undefined) => boolean = isBreaker,
  exactCase = false,
): boolean {
  const hay = exactCase ? raw : raw.toLowerCase();
  let at = hay.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? undefined : hay[at - 1];
    const after = hay[at + needle.length];
    const edgeOk = (c: string | undefined, own: string) => edge(c) || edge(own);
    if (edgeOk(before, needle[0]) && edgeOk(after, needle[needle.length - 1])) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

/**
 * Events of the chunk that may match the plan, from the term index; null when the index cannot
 * narrow them (no index, or nothing to look up).
 */
export function candidatesFor(plan: TermPlan, chunk: EventChunk): number[] | null {
  let result: number[] | null = null;
  const lists: ArrayLike<number>[] = [];
  for (const atom of plan.atoms) {
    const hits = chunk.eventsWithTerm(atom);
    if (hits === null) return null;
    lists.push(hits);
  }
  if (plan.prefix) {
    const hits = chunk.eventsWithPrefix(plan.prefix);
    if (hits === null) return null;
    lists.push(hits);
  }
  for (const list of lists) result = result === null ? Array.from(list) : intersect(result, list);
  return result;
}

export function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}

export function union(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}
