import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { t } from '../../i18n/messages';
import { highlightQuery } from './highlight';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  /** Ctrl+Shift+E (⌘+Shift+E): show or hide the search with its macros expanded, as Splunk. */
  onExpand?(): void;
  /** Character range of a parse error, underlined in the box. */
  error?: { position: number; end: number };
}

// Tall enough for the longest hunt search wrapped on a laptop; longer ones scroll.
const MAX_HEIGHT_PX = 24 * 32;

/** Grows the box to its text, wrapped lines included, so no part of a search is hidden. */
function fitHeight(el: HTMLTextAreaElement) {
  el.style.height = 'auto';
  const borders = el.offsetHeight - el.clientHeight;
  el.style.height = `${Math.min(el.scrollHeight + borders, MAX_HEIGHT_PX)}px`;
  el.dataset.fitWidth = String(el.clientWidth);
}

/**
 * A plain textarea over a coloured copy of its text. The copy is built from React text nodes
 * only, so whatever the query holds is never read as markup.
 */
export function SearchBox({ value, onChange, onRun, onExpand, error }: SearchBoxProps) {
  const pre = useRef<HTMLPreElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (input.current) fitHeight(input.current);
  }, [value]);
  // A narrower box wraps more lines: refit whenever the width differs from the last fit's
  // (the height this sets changes nothing else).
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (el.dataset.fitWidth !== String(el.clientWidth)) fitHeight(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    } else if (e.key.toLowerCase() === 'e' && e.shiftKey && (e.ctrlKey || e.metaKey) && onExpand) {
      e.preventDefault();
      onExpand();
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
        ref={input}
        rows={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onScroll={syncScroll}
      />
    </div>
  );
}
