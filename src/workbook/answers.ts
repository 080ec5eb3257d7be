import type { ResultSet, Row, Value } from '../engine';
import type { DeriveRule, Question, RowFilter } from '../hunts/types';

/** What a user (or the data) gives as an answer: an option id, a number, a value, or a set. */
export type AnswerInput = string | number | readonly string[];

export interface SetScore {
  /** Right values given. */
  found: number;
  /** Values in the answer. */
  total: number;
  /** Given values that are not in the answer, as given. */
  extra: string[];
}

export type Feedback =
  | { verdict: 'right' | 'wrong'; set?: SetScore }
  | { verdict: 'invalid'; reason: 'empty' | 'not-a-number' | 'not-an-option' | 'several-values' };

/**
 * How values compare: surrounding space and letter case do not matter, and Unicode text is put
 * in one normal form (a Korean file name typed on one system and exported from another may be
 * composed differently).
 */
export function normalizeValue(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** A set typed as one text: values separated by commas, semicolons or new lines. */
function setItems(input: AnswerInput): string[] {
  const items =
    typeof input === 'string'
      ? input.split(/[,;\n]/)
      : typeof input === 'number'
        ? [String(input)]
        : [...input];
  return items.filter((s) => s.trim() !== '');
}

function parseNumber(input: AnswerInput): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string') return input.length === 1 ? parseNumber(input[0]) : null;
  // Thousands separators and spaces are how people write counts such as 1,024.
  const text = input.trim().replace(/[,_\s]/g, '');
  if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

function single(input: AnswerInput): string | null {
  if (typeof input === 'number') return String(input);
  if (typeof input === 'string') return input;
  return input.length === 1 ? input[0] : null;
}

/** Checks an answer against a question. */
export function checkAnswer(q: Question, input: AnswerInput): Feedback {
  const empty =
    typeof input === 'string' ? input.trim() === '' : typeof input !== 'number' && !input.length;
  if (empty) return { verdict: 'invalid', reason: 'empty' };
  switch (q.kind) {
    case 'number': {
      const n = parseNumber(input);
      if (n === null) return { verdict: 'invalid', reason: 'not-a-number' };
      // A little slack absorbs floating point from averages and percentages.
      const slack = (q.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(q.answer));
      return { verdict: Math.abs(n - q.answer) <= slack ? 'right' : 'wrong' };
    }
    case 'value': {
      const v = single(input);
      if (v === null) return { verdict: 'invalid', reason: 'several-values' };
      const right = [q.answer, ...(q.accept ?? [])].map(normalizeValue);
      return { verdict: right.includes(normalizeValue(v)) ? 'right' : 'wrong' };
    }
    case 'choice': {
      const v = single(input);
      if (v === null) return { verdict: 'invalid', reason: 'several-values' };
      const option = q.options.find((o) => normalizeValue(o.id) === normalizeValue(v));
      if (!option) return { verdict: 'invalid', reason: 'not-an-option' };
      return { verdict: option.id === q.answer ? 'right' : 'wrong' };
    }
    case 'set': {
      const expected = new Set(q.answer.map(normalizeValue));
      const seen = new Set<string>();
      const extra: string[] = [];
      for (const item of setItems(input)) {
        const v = normalizeValue(item);
        if (seen.has(v)) continue;
        seen.add(v);
        if (!expected.has(v)) extra.push(item.trim());
      }
      const found = [...seen].filter((v) => expected.has(v)).length;
      const set = { found, total: expected.size, extra };
      return { verdict: found === expected.size && extra.length === 0 ? 'right' : 'wrong', set };
    }
  }
}

/** Feedback in plain English, for the command line and logs; the UI words it through i18n. */
export function describeFeedback(fb: Feedback): string {
  if (fb.verdict === 'invalid') {
    return {
      empty: 'no answer given',
      'not-a-number': 'not a number',
      'not-an-option': 'not one of the options',
      'several-values': 'several values where one is expected',
    }[fb.reason];
  }
  if (!fb.set) return fb.verdict;
  const { found, total, extra } = fb.set;
  const wrong = extra.length ? `; not in the answer: ${extra.join(', ')}` : '';
  return `${fb.verdict}: ${found} of ${total} found${wrong}`;
}

/** What a search's results say the answer is, or why they say nothing. */
export type Derived = { ok: true; value: AnswerInput } | { ok: false; problem: string };

const WILDCARD_SPECIALS = /[.+?^${}()|[\]\\]/g;

function matcher(pattern: string | number): (v: string) => boolean {
  const p = normalizeValue(String(pattern));
  if (!p.includes('*')) {
    const n = Number(p);
    const numeric = p !== '' && Number.isFinite(n);
    // Numbers compare as numbers so that `count=2` matches a stats result of 2.0.
    return (v) => v === p || (numeric && v !== '' && Number(v) === n);
  }
  const re = new RegExp(`^${p.replace(WILDCARD_SPECIALS, '\\$&').replace(/\*/g, '.*')}$`, 's');
  return (v) => re.test(v);
}

function valuesOf(v: Value | undefined): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function filterRows(rows: readonly Row[], where: RowFilter | undefined): readonly Row[] {
  if (!where) return rows;
  const test = matcher(where.equals);
  return rows.filter((r) => valuesOf(r[where.field]).some((v) => test(normalizeValue(v))));
}

/** Applies a derivation rule to a search's results. */
export function deriveFrom(rule: DeriveRule, results: ResultSet): Derived {
  const rows = filterRows(results.rows, rule.where);
  const whereText = rule.where ? ` where ${rule.where.field}=${rule.where.equals}` : '';
  if ('rowCount' in rule) return { ok: true, value: rows.length };
  if ('field' in rule) {
    const at = rule.row ?? 0;
    const row = rows[at];
    if (!row) return { ok: false, problem: `no row ${at}${whereText} (${rows.length} rows)` };
    const values = valuesOf(row[rule.field]);
    if (values.length === 0) return { ok: false, problem: `row ${at} has no ${rule.field}` };
    return { ok: true, value: values.length === 1 ? values[0] : values };
  }
  if ('distinct' in rule) {
    return { ok: true, value: new Set(rows.flatMap((r) => valuesOf(r[rule.distinct]))).size };
  }
  if ('sum' in rule) {
    let total = 0;
    for (const v of rows.flatMap((r) => valuesOf(r[rule.sum]))) {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) {
        return { ok: false, problem: `${rule.sum} has a value that is not a number: "${v}"` };
      }
      total += n;
    }
    return { ok: true, value: total };
  }
  const seen = new Map<string, string>();
  for (const v of rows.flatMap((r) => valuesOf(r[rule.valuesOf]))) {
    if (!seen.has(normalizeValue(v))) seen.set(normalizeValue(v), v);
  }
  return { ok: true, value: [...seen.values()] };
}

/** The answer a question's derivation reads off its search's results. */
export function derive(q: Question, results: ResultSet): Derived {
  if (!q.derive) return { ok: false, problem: 'the question has no derivation' };
  return deriveFrom(q.derive.rule, results);
}

/** An answer as text, for reports. */
export function answerText(value: AnswerInput): string {
  return typeof value === 'object' ? `{${[...value].join(', ')}}` : String(value);
}

/** The stated answer of a question, as text. */
export function statedAnswer(q: Question): string {
  if (q.kind === 'choice') {
    const label = q.options.find((o) => o.id === q.answer)?.label;
    return label === undefined ? q.answer : `${q.answer} (${label})`;
  }
  return answerText(q.answer);
}
