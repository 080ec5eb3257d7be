import type { SplError } from '../../engine';
import { t } from '../../i18n/messages';

/** The query's line with the error, a caret under the spot, and the parser's message. */
export function SplErrorView({ query, error }: { query: string; error: SplError }) {
  const lineStart = query.lastIndexOf('\n', Math.max(0, error.position - 1)) + 1;
  const nl = query.indexOf('\n', error.position);
  const lineEnd = nl < 0 ? query.length : nl;
  const line = query.slice(lineStart, lineEnd);
  const col = Math.min(error.position - lineStart, line.length);
  const width = Math.max(1, Math.min(error.end, lineEnd) - error.position);
  return (
    <div className="spl-error-box" role="alert" data-testid="spl-error">
      <strong>{t('search.error.heading')}</strong>
      <pre className="spl-error-box__line">
        {line}
        {'\n'}
        <span data-testid="spl-error-caret">{' '.repeat(col) + '^' + '~'.repeat(width - 1)}</span>
      </pre>
      {/* The engine's own words name the SPL that is wrong; they stay English, as the messages
          of Splunk's search process do in its Japanese interface (docs/spl.md). */}
      <p data-testid="spl-error-message" data-i18n-exempt="">
        {error.message}
      </p>
      {error.expected && <p>{t('search.error.expected', { expected: error.expected })}</p>}
    </div>
  );
}
