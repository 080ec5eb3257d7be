import { useState } from 'react';
import { Markdown } from '../../components/markdown/Markdown';
import type { FindingsRecord } from '../../data/db/schema-types';
import {
  addChecklistItem,
  removeChecklistItem,
  toggleChecklistItem,
} from '../../data/progress/findings-changes';
import { t } from '../../i18n/messages';
import { useProgress } from '../../store/progress';

export function ChecklistCard({
  findings,
  initial,
}: {
  findings: FindingsRecord;
  initial: FindingsRecord;
}) {
  const apply = useProgress((s) => s.apply);
  const [text, setText] = useState('');
  return (
    <section className="card hunt-card findings-card" aria-labelledby="findings-checklist">
      <h2 id="findings-checklist">{t('findings.checklist')}</h2>
      <ul className="findings-checklist">
        {findings.checklist.map((item) => (
          <li key={item.id} data-item-id={item.id}>
            <label>
              <input
                type="checkbox"
                checked={item.done}
                onChange={() => apply(toggleChecklistItem(initial, item.id))}
              />{' '}
              <Markdown text={item.text} inline />
            </label>
            <button
              type="button"
              className="button findings-remove"
              aria-label={t('findings.checklist.remove', { item: item.text })}
              onClick={() => apply(removeChecklistItem(initial, item.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="findings-checklist__add"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return;
          apply(addChecklistItem(initial, text, `own-${Date.now().toString(36)}`));
          setText('');
        }}
      >
        <label htmlFor="findings-checklist-new">{t('findings.checklist.new')}</label>
        <input
          id="findings-checklist-new"
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t('findings.checklist.add')}
        </button>
      </form>
    </section>
  );
}
