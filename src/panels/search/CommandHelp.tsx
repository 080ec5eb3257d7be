import { useMemo } from 'react';
import { commandAt, commandHelp } from '../../engine';
import { t } from '../../i18n/messages';

/**
 * Help for the command under the cursor, read from the engine's command registry: the syntax,
 * what it does, an example and where it differs from Splunk, so the help never disagrees with
 * what runs. The registry's texts are the engine's own words and stay English, as the search
 * reference does in Splunk's Japanese interface (docs/spl.md).
 */
export function CommandHelp({ query, cursor }: { query: string; cursor: number }) {
  const at = useMemo(() => commandAt(query, Math.min(cursor, query.length)), [query, cursor]);
  if (!at) return null;
  const help = commandHelp(at.name);
  return (
    <aside className="command-help" aria-label={t('editor.help.label')} data-testid="command-help">
      {help ? (
        <>
          <p className="command-help__syntax">
            <span className="command-help__label">{t('editor.help.syntax')}</span>{' '}
            <code data-i18n-exempt="">{help.syntax}</code>
          </p>
          <p data-i18n-exempt="">{help.description}</p>
          <p>
            <span className="command-help__label">{t('editor.help.example')}</span>{' '}
            <code data-i18n-exempt="">{help.example}</code>
          </p>
          {help.transforming && <p>{t('editor.help.transforming')}</p>}
          {help.differences && (
            <p>
              <span className="command-help__label">{t('editor.help.differences')}</span>{' '}
              <span data-i18n-exempt="">{help.differences}</span>
            </p>
          )}
        </>
      ) : (
        <p>{t('editor.help.unknown', { name: at.name })}</p>
      )}
    </aside>
  );
}
