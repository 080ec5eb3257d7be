import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { useColorScheme } from '../../components/theme/color-scheme';
import { t } from '../../i18n/messages';
import {
  errorDiagnostics,
  splExtensions,
  type CompletionFetcher,
  type EditorHandlers,
} from './spl-editor-extensions';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  /** Ctrl+Shift+E (⌘+Shift+E): show or hide the search with its macros expanded, as Splunk. */
  onExpand?(): void;
  /** A parse error: underlined in the box, its message on hover. */
  error?: { position: number; end?: number; message: string };
  /** Completions at a position, from the search worker. */
  complete?: CompletionFetcher;
  /** The cursor moved (for help on the command under it). */
  onCursor?(pos: number): void;
  lineNumbers?: boolean;
}

const contentAttributes = (label: string, hint: string) =>
  EditorView.contentAttributes.of({
    'aria-label': label,
    title: hint,
    'data-search-input': '',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocorrect: 'off',
  });

/**
 * The SPL editor (CodeMirror 6). The text is only ever put into the editor's document, which
 * renders it as text: whatever the query holds is never read as markup.
 */
export function SearchBox(props: SearchBoxProps) {
  const { value, error } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef<EditorHandlers & Pick<SearchBoxProps, 'onChange' | 'onCursor'>>(props);
  handlers.current = props;
  const gutter = useRef(new Compartment());
  const attributes = useRef(new Compartment());
  const scheme = useRef(new Compartment());
  const dark = useColorScheme() === 'dark';
  // Read on each render, so a change of language reaches the editor's label.
  const label = t('search.box.label');
  const hint = t('search.box.hint');

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          splExtensions(handlers),
          gutter.current.of([]),
          // CodeMirror's own colours (selection, cursor, its popups) in the page's scheme.
          scheme.current.of(EditorView.darkTheme.of(dark)),
          attributes.current.of(contentAttributes(label, hint)),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
            if (u.selectionSet || u.docChanged) {
              handlers.current.onCursor?.(u.state.selection.main.head);
            }
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is made once; later values reach it through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new value from outside (a reset, Back, a filter) replaces the document.
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const text = v.state.doc.toString();
    if (text !== value) v.dispatch({ changes: { from: 0, to: text.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch(setDiagnostics(v.state, errorDiagnostics(error, v.state.doc.length)));
  }, [error, value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: attributes.current.reconfigure(contentAttributes(label, hint)),
    });
  }, [label, hint]);

  useEffect(() => {
    view.current?.dispatch({ effects: scheme.current.reconfigure(EditorView.darkTheme.of(dark)) });
  }, [dark]);

  useEffect(() => {
    view.current?.dispatch({
      effects: gutter.current.reconfigure(props.lineNumbers ? lineNumbers() : []),
    });
  }, [props.lineNumbers]);

  return <div className="search-box" ref={host} />;
}
