/** What is wrong with a hunt file, and where: file, line, field path, and step or question. */
export interface HuntProblem {
  file: string;
  /** 1-based; absent when the problem is about the whole file. */
  line?: number;
  column?: number;
  /** The field, as `sections[2].steps[0].questions[1].answer`; empty for the whole file. */
  path: string;
  message: string;
  /** Ids of the step, search or question the field belongs to, when it belongs to one. */
  step?: string;
  search?: string;
  question?: string;
}

/** `hunt.yaml:12:5: sections[0].steps[0].id (step x): message` */
export function formatProblem(p: HuntProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const context = [
    p.step && `step ${p.step}`,
    p.search && `search ${p.search}`,
    p.question && `question ${p.question}`,
  ]
    .filter(Boolean)
    .join(', ');
  const field = p.path ? ` ${p.path}${context ? ` (${context})` : ''}:` : '';
  return `${where}:${field} ${p.message}`;
}
