import type { ImportIssue } from '../../data/model';
import { t } from '../../i18n/messages';

/** How many issues are listed; the rest are counted, not shown. */
export const SHOWN_ISSUES = 5;

export function issueText(issue: ImportIssue): string {
  const where =
    issue.line === undefined
      ? t('issue.withoutLine', { file: issue.file, message: issue.message })
      : t('issue.withLine', { file: issue.file, line: String(issue.line), message: issue.message });
  return issue.field ? t('issue.field', { where, field: issue.field }) : where;
}

export function IssueList({ issues }: { issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list">
      {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
        <li key={i}>{issueText(issue)}</li>
      ))}
    </ul>
  );
}
