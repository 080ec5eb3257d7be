import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../../i18n/messages';
import { firstSearchBox, isTyping } from '../../components/keyboard/global-keys';
import { useModalDialog } from '../../components/use-modal-dialog';
import './keyboard.css';

const KEYS: Array<[string, MessageKey]> = [
  ['/', 'search.keys.slash'],
  ['Ctrl+Enter / ⌘+Enter', 'search.keys.run'],
  ['Ctrl+Shift+E', 'search.keys.expand'],
  ['j', 'search.keys.j'],
  ['k', 'search.keys.k'],
  ['Enter', 'search.keys.enter'],
  ['Esc', 'search.keys.esc'],
  ['?', 'search.keys.help'],
];

const PRESENTER_KEYS: Array<[string, MessageKey]> = [
  ['Space', 'presenter.keys.space'],
  ['R', 'presenter.keys.r'],
  ['← / →', 'presenter.keys.arrows'],
  ['Esc', 'presenter.keys.esc'],
];

/** The app-wide keys (`/` and `?`) and the overlay that lists every key. */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      // Outside the search box (which handles it itself), Ctrl/Cmd+Enter runs the first search.
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !isTyping(e.target)) {
        const run = firstSearchBox()
          ?.closest('[data-search-id]')
          ?.querySelector<HTMLButtonElement>('[data-search-run]');
        if (run) {
          e.preventDefault();
          run.click();
        }
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (isTyping(e.target)) return;
      if (e.key === '/') {
        const box = firstSearchBox();
        if (box) {
          e.preventDefault();
          box.focus();
        }
      } else if (e.key === '?') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <dialog
      ref={dialog}
      className="keys-dialog"
      aria-labelledby="keys-dialog-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="keys-dialog-title">{t('search.keys.heading')}</h2>
      <KeyList keys={KEYS} />
      <h3>{t('presenter.keys.heading')}</h3>
      <KeyList keys={PRESENTER_KEYS} testId="presenter-keys" />
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('search.keys.close')}
      </button>
    </dialog>
  );
}

function KeyList({ keys, testId }: { keys: Array<[string, MessageKey]>; testId?: string }) {
  return (
    <dl className="keys-dialog__list" data-testid={testId}>
      {keys.map(([key, label]) => (
        <div key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{t(label)}</dd>
        </div>
      ))}
    </dl>
  );
}
