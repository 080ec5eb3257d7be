import {
  autocompletion,
  closeCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { type Diagnostic } from '@codemirror/lint';
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  keymap,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { type CompletionKind, type Completions, formatSearch } from '../../engine';
import { highlightQuery } from './highlight';

/** Colours the query with the search box's own scanner, one mark per coloured span. */
function highlights(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  let at = 0;
  for (const span of highlightQuery(view.state.doc.toString())) {
    const end = at + span.text.length;
    if (span.kind !== 'text') builder.add(at, end, Decoration.mark({ class: `spl-${span.kind}` }));
    at = end;
  }
  return builder.finish();
}

const highlightPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = highlights(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged) this.decorations = highlights(u.view);
    }
  },
  { decorations: (p) => p.decorations },
);

const TYPES: Record<CompletionKind, string> = {
  command: 'keyword',
  function: 'function',
  field: 'variable',
  value: 'constant',
  macro: 'namespace',
  keyword: 'keyword',
};

export type CompletionFetcher = (query: string, pos: number) => Promise<Completions>;

function completionSource(fetch: CompletionFetcher) {
  return async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    // A space asks for nothing by itself (a list after every word is noise), except after a
    // pipe, where the next word is a command; Ctrl+Space always asks.
    const before = ctx.state.doc.sliceString(Math.max(0, ctx.pos - 200), ctx.pos);
    if (!ctx.explicit && /\s$/.test(before) && !/[|[]\s*$/.test(before)) return null;
    const r = await fetch(ctx.state.doc.toString(), ctx.pos).catch(() => null);
    if (!r || ctx.aborted || r.items.length === 0) return null;
    const options: Completion[] = r.items.map((i) => ({
      label: i.label,
      type: TYPES[i.kind],
      detail: i.detail,
      info: i.info,
      apply: i.apply,
    }));
    // The worker filtered by what was typed (quotes and all); CodeMirror must not filter again.
    return { from: r.from, options, filter: false };
  };
}

export interface EditorHandlers {
  onRun(): void;
  onExpand?(): void;
  complete?: CompletionFetcher;
}

/** Ctrl+\ (Splunk's shortcut): one command per line. */
function formatCommand(view: EditorView): boolean {
  const text = view.state.doc.toString();
  const formatted = formatSearch(text);
  if (formatted !== text) {
    view.dispatch({ changes: { from: 0, to: text.length, insert: formatted } });
  }
  return true;
}

/**
 * The SPL editor's behaviour: colours, bracket matching, undo history, Ctrl/Cmd+Enter to run,
 * Ctrl+\ to format, Ctrl/Cmd+Shift+E to expand macros, and completion from the search worker.
 * `handlers` is read when a key is pressed, so the caller may replace its functions.
 */
export function splExtensions(handlers: { current: EditorHandlers }): Extension[] {
  return [
    history(),
    bracketMatching(),
    EditorView.lineWrapping,
    highlightPlugin,
    autocompletion({
      override: [
        (ctx) =>
          handlers.current.complete ? completionSource(handlers.current.complete)(ctx) : null,
      ],
      icons: false,
    }),
    keymap.of([
      {
        key: 'Mod-Enter',
        preventDefault: true,
        run: (view) => {
          closeCompletion(view);
          handlers.current.onRun();
          return true;
        },
      },
      { key: 'Ctrl-\\', preventDefault: true, run: formatCommand },
      {
        key: 'Mod-Shift-e',
        run: () => {
          if (!handlers.current.onExpand) return false;
          handlers.current.onExpand();
          return true;
        },
      },
      ...defaultKeymap,
      ...historyKeymap,
    ]),
  ];
}

/** A parse error as a diagnostic: underlined in place, its message on hover. */
export function errorDiagnostics(
  error: { position: number; end?: number; message: string } | undefined,
  length: number,
): Diagnostic[] {
  if (!error) return [];
  const from = Math.min(error.position, length);
  const to = Math.min(Math.max(error.end ?? from, from + 1), length);
  return [
    { from: Math.max(0, Math.min(from, to - 1)), to, severity: 'error', message: error.message },
  ];
}
