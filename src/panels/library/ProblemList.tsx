import type { HuntProblem } from '../../hunts';
import { t } from '../../i18n/messages';

/** Shown at once; the rest are counted. An author fixes the first ones first. */
const SHOWN = 50;

function where(p: HuntProblem): string {
  const parts = [
    p.line === undefined ? p.file : `${p.file}, ${t('library.problem.where', { line: p.line })}`,
  ];
  if (p.step) parts.push(t('library.problem.context', { step: p.step }));
  if (p.search) parts.push(t('library.problem.search', { search: p.search }));
  if (p.question) parts.push(t('library.problem.question', { question: p.question }));
  return parts.join(' · ');
}

/** A hunt file's problems, each with its file, line, field and step or question. */
export function ProblemList({ problems }: { problems: readonly HuntProblem[] }) {
  return (
    <ol className="problem-list" data-testid="hunt-problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i} data-line={p.line}>
          <span className="problem-list__where">{where(p)}</span>
          {p.path && <code className="problem-list__path">{p.path}</code>}
          <span className="problem-list__message">{p.message}</span>
        </li>
      ))}
      {problems.length > SHOWN && <li>…</li>}
    </ol>
  );
}
