import type { HuntProblem } from '../../hunts';
import { t } from '../../i18n/messages';

/** Shown at once; the rest are counted. An author fixes the first ones first. */
const SHOWN = 50;

/** Where a problem is, after the file's name: its line, step, search and question. */
function where(p: HuntProblem): string {
  const parts = p.line === undefined ? [] : [t('library.problem.where', { line: p.line })];
  if (p.step) parts.push(t('library.problem.context', { step: p.step }));
  if (p.search) parts.push(t('library.problem.search', { search: p.search }));
  if (p.question) parts.push(t('library.problem.question', { question: p.question }));
  return parts.map((part, i) => (i === 0 ? `, ${part}` : ` · ${part}`)).join('');
}

/** A hunt file's problems, each with its file, line, field and step or question. */
export function ProblemList({ problems }: { problems: readonly HuntProblem[] }) {
  return (
    <ol className="problem-list" data-testid="hunt-problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i} data-line={p.line}>
          <span className="problem-list__where">
            <span translate="no">{p.file}</span>
            {where(p)}
          </span>
          {p.path && <code className="problem-list__path">{p.path}</code>}
          {/* Worded for authors, as check-hunts prints them, in English (docs/i18n.md). */}
          <span className="problem-list__message" lang="en" data-i18n-exempt="">
            {p.message}
          </span>
        </li>
      ))}
      {problems.length > SHOWN && <li>…</li>}
    </ol>
  );
}
