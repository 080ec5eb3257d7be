import { useMemo } from 'react';
import { expandMacros, type MacroDefinition, SplError } from '../../engine';
import { toDefinition } from '../../data/macros/macro-store';
import { t } from '../../i18n/messages';
import { useStoredMacros } from '../../store/macros-live';

interface MacroExpansionProps {
  query: string;
  /** Macros beyond the stored ones (a hunt's), winning over them. */
  extra?: readonly MacroDefinition[];
  open: boolean;
  onToggle(): void;
}

/**
 * Under the search box: the macros the search calls and, on request (Ctrl+Shift+E, as in
 * Splunk), the search with them expanded. Shown only when the search calls a macro or the
 * expansion was asked for. Text only: definitions are the user's files, rendered as text.
 */
export function MacroExpansion({ query, extra, open, onToggle }: MacroExpansionProps) {
  const { macros: stored } = useStoredMacros();
  const expansion = useMemo(() => {
    try {
      const e = expandMacros(query, [...stored.map(toDefinition), ...(extra ?? [])]);
      return { text: e.text, used: e.used, error: null };
    } catch (err) {
      if (!(err instanceof SplError)) throw err;
      return { text: null, used: [], error: err.message };
    }
  }, [query, stored, extra]);
  const callsMacros = expansion.used.length > 0 || expansion.error !== null;
  if (!callsMacros && !open) return null;
  return (
    <div className="search-macros" data-testid="search-macros">
      <p className="search-macros__line">
        {expansion.used.length > 0 && (
          <>
            <span>{t('macros.used')}</span>{' '}
            {expansion.used.map((key) => (
              <code key={key} className="search-macros__name" data-testid="macro-used">
                {`\`${key}\``}
              </code>
            ))}{' '}
          </>
        )}
        <button
          type="button"
          className="button button--link"
          aria-expanded={open}
          title={t('macros.expandHint')}
          onClick={onToggle}
        >
          {t(open ? 'macros.hideExpanded' : 'macros.showExpanded')}
        </button>
      </p>
      {open && (
        <section aria-label={t('macros.expandedHeading')} data-testid="expanded-search">
          {expansion.error !== null ? (
            <p className="notice notice--error">{expansion.error}</p>
          ) : (
            <>
              {!callsMacros && <p className="muted">{t('macros.noMacros')}</p>}
              <pre className="search-macros__expanded">{expansion.text}</pre>
            </>
          )}
        </section>
      )}
    </div>
  );
}
