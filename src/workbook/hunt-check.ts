import {
  runSearch,
  SplError,
  type EventSource,
  type LookupSource,
  type ResultSet,
  messageOf,
} from '../engine';
import type { Hunt } from '../hunts/types';
import { answerText, checkAnswer, derive, describeFeedback, statedAnswer } from './answers';
import { rangeBounds, searchRange } from './search-range';

export interface SearchReport {
  hunt: string;
  step: string;
  search: string;
  /** `unsupported`: the engine does not have a command or feature the search uses yet. */
  status: 'ok' | 'error' | 'unsupported';
  rows?: number;
  error?: string;
  /** For `unsupported`: what is missing, e.g. `stats`. */
  missing?: string;
  ms: number;
  /** The search's line in the hunt file. */
  line?: number;
}

export interface QuestionReport {
  hunt: string;
  step: string;
  question: string;
  /**
   * `pass`/`fail`: the answer read off the data is / is not the stated answer.
   * `blocked`: its search did not run, or the rule found nothing to read.
   * `judgement`: a question of reasoning with no answer in the data.
   */
  status: 'pass' | 'fail' | 'blocked' | 'judgement';
  stated: string;
  derived?: string;
  /** Why it failed or is blocked. */
  detail?: string;
  search?: string;
  /** The question's line in the hunt file. */
  line?: number;
}

export interface HuntCheckReport {
  /** Content mistakes found before running anything (a hunt file's problems, formatted). */
  problems: string[];
  searches: SearchReport[];
  questions: QuestionReport[];
  /** No problem, every search ran, every checkable question passed. */
  ok: boolean;
}

export interface HuntCheckOptions {
  source: EventSource;
  lookups?: LookupSource;
  signal?: AbortSignal;
  /** Called after each search, for progress output. */
  onSearch?(report: SearchReport): void;
}

/** What an engine error says is not built yet (a command, `TERM()`), or null. */
export function unsupportedFeature(message: string): string | null {
  const command = /^Command '([^']+)' is not supported yet$/.exec(message);
  if (command) return command[1];
  const feature = /^(.+) (is|are) not supported yet$/.exec(message);
  return feature ? feature[1] : null;
}

/**
 * Runs every search of every hunt over the source, with the hunt's time zone and the search's
 * window, and checks each question's stated answer against what its search returns. The hunts
 * have passed their file's checks (format/parse.ts); a file that did not is reported by the
 * caller, which passes its problems in `problems`.
 */
export async function checkHunts(
  hunts: readonly Hunt[],
  opts: HuntCheckOptions,
  problems: string[] = [],
): Promise<HuntCheckReport> {
  const searches: SearchReport[] = [];
  const questions: QuestionReport[] = [];

  for (const hunt of hunts) {
    const results = new Map<string, ResultSet>();
    const reports = new Map<string, SearchReport>();
    // "now" is the end of the hunt's window, so relative times in a search mean the same on
    // every run and every machine.
    const now = rangeBounds(hunt.timeRange)?.latest ?? 0;

    for (const step of hunt.steps) {
      for (const search of step.searches) {
        const bounds = rangeBounds(searchRange(hunt, step, search));
        const base = { hunt: hunt.id, step: step.id, search: search.id, line: search.line };
        const started = performance.now();
        let report: SearchReport;
        if (!bounds) {
          report = { ...base, status: 'error', error: 'invalid time range', ms: 0 };
        } else {
          try {
            const r = await runSearch(search.spl, {
              source: opts.source,
              lookups: opts.lookups,
              signal: opts.signal,
              tz: hunt.timeZone.id,
              macros: hunt.macros,
              now,
              earliest: bounds.earliest,
              latest: bounds.latest,
              // Searches that sample randomly must give the same rows on every run.
              random: () => 0,
            });
            results.set(search.id, r);
            const ms = performance.now() - started;
            report = { ...base, status: 'ok', rows: r.rows.length, ms };
          } catch (e) {
            if (e instanceof Error && e.name === 'AbortError') throw e;
            const error = messageOf(e);
            const missing = e instanceof SplError ? unsupportedFeature(error) : null;
            const ms = performance.now() - started;
            report = missing
              ? { ...base, status: 'unsupported', error, missing, ms }
              : { ...base, status: 'error', error, ms };
          }
        }
        searches.push(report);
        reports.set(search.id, report);
        opts.onSearch?.(report);
      }
    }

    for (const step of hunt.steps) {
      for (const q of step.questions) {
        const base = {
          hunt: hunt.id,
          step: step.id,
          question: q.id,
          stated: statedAnswer(q),
          line: q.line,
        };
        if (!q.derive) {
          questions.push({ ...base, status: 'judgement' });
          continue;
        }
        const search = q.derive.search;
        const r = results.get(search);
        if (!r) {
          const why = reports.get(search);
          const detail = why
            ? `search ${search} did not run: ${why.error}`
            : `no search ${search} in the hunt`;
          questions.push({ ...base, status: 'blocked', detail, search });
          continue;
        }
        const d = derive(q, r);
        if (!d.ok) {
          questions.push({ ...base, status: 'blocked', detail: d.problem, search });
          continue;
        }
        const fb = checkAnswer(q, d.value);
        const derived = answerText(d.value);
        questions.push(
          fb.verdict === 'right'
            ? { ...base, status: 'pass', derived, search }
            : { ...base, status: 'fail', derived, detail: describeFeedback(fb), search },
        );
      }
    }
  }

  const ok =
    problems.length === 0 &&
    searches.every((s) => s.status === 'ok') &&
    questions.every((q) => q.status === 'pass' || q.status === 'judgement');
  return { problems, searches, questions, ok };
}

/**
 * The report as text for a terminal. `fileOf` names each hunt's file, so that every line says
 * where to look: `file:line hunt/step/search`.
 */
export function formatReport(
  report: HuntCheckReport,
  fileOf: (huntId: string) => string | undefined = () => undefined,
): string {
  const lines: string[] = [];
  const where = (x: { hunt: string; line?: number }) => {
    const file = fileOf(x.hunt);
    return file ? `${file}${x.line === undefined ? '' : `:${x.line}`} ` : '';
  };
  for (const p of report.problems) lines.push(`PROBLEM  ${p}`);
  for (const s of report.searches) {
    const head = `${where(s)}${s.hunt}/${s.step}/${s.search}`;
    if (s.status === 'ok') lines.push(`ok       ${head}: ${s.rows} rows (${Math.round(s.ms)} ms)`);
    else if (s.status === 'unsupported') lines.push(`MISSING  ${head}: needs ${s.missing}`);
    else lines.push(`ERROR    ${head}: ${s.error}`);
  }
  for (const q of report.questions) {
    const head = `${where(q)}${q.hunt}/${q.step}/${q.question}`;
    if (q.status === 'pass') lines.push(`pass     ${head}: ${q.stated}`);
    else if (q.status === 'judgement') lines.push(`-        ${head}: judgement, not in the data`);
    else if (q.status === 'fail') {
      lines.push(`FAIL     ${head}: stated ${q.stated}, data says ${q.derived} (${q.detail})`);
    } else lines.push(`BLOCKED  ${head}: ${q.detail}`);
  }
  const count = (xs: { status: string }[], status: string) =>
    xs.filter((x) => x.status === status).length;
  lines.push(
    '',
    `searches: ${count(report.searches, 'ok')} ok, ${count(report.searches, 'error')} failed, ` +
      `${count(report.searches, 'unsupported')} need engine features not built yet`,
    `questions: ${count(report.questions, 'pass')} pass, ${count(report.questions, 'fail')} fail, ` +
      `${count(report.questions, 'blocked')} blocked, ${count(report.questions, 'judgement')} judgement`,
    report.ok ? 'hunt check passed' : 'hunt check FAILED',
  );
  return lines.join('\n');
}
