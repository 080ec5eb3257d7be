import { useRef, type KeyboardEvent } from 'react';
import { t } from '../../i18n/messages';
import { highlightQuery } from './highlight';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  /** Character range of a parse error, underlined in the box. */
  error?: { position: number; end: number };
}

/**
 * A plain textarea over a coloured copy of its text. The copy is built from React text nodes
 * only, so whatever the query holds is never read as markup.
 */
export function SearchBox({ value, onChange, onRun, error }: SearchBoxProps) {
  const pre = useRef<HTMLPreElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    }
  };
  const syncScroll = (e: React.UIEvent<HTMLTextAreaElement>) => {
    if (pre.current) {
      pre.current.scrollTop = e.currentTarget.scrollTop;
      pre.current.scrollLeft = e.currentTarget.scrollLeft;
    }
  };
  let offset = 0;
  const spans = highlightQuery(value).map((s, i) => {
    const start = offset;
    offset += s.text.length;
    const bad = error && start < Math.max(error.end, error.position + 1) && offset > error.position;
    return (
      <span key={i} className={`spl-${s.kind}${bad ? ' spl-error' : ''}`}>
        {s.text}
      </span>
    );
  });
  const rows = Math.min(8, Math.max(2, value.split('\n').length));
  return (
    <div className="search-box">
      <pre className="search-box__pre" ref={pre} aria-hidden="true">
        {spans}
        {'\n'}
      </pre>
      <textarea
        className="search-box__input"
        data-search-input=""
        aria-label={t('search.box.label')}
        title={t('search.box.hint')}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onScroll={syncScroll}
      />
    </div>
  );
}
