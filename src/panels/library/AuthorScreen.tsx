import { useRef } from 'react';
import { formatSecond } from '../../data/time/format-time';
import { t } from '../../i18n/messages';
import { useAuthor } from '../../store/author';
import { useHunts } from '../../store/hunts';
import { useSettings } from '../../store/settings';
import { stepHref } from '../hunt/StepNav';
import { ProblemList } from './ProblemList';
import './library.css';

/** Author mode: open a hunt file from disk, see its problems with their lines, view it. */
export function AuthorScreen() {
  const inputRef = useRef<HTMLInputElement>(null);
  const author = useAuthor();
  const draft = useHunts((s) => s.draft);
  const timeZone = useSettings((s) => s.timeZone);

  const choose = async () => {
    // The File System Access API lets the file be watched; else an ordinary file input.
    if (!(await author.pick())) inputRef.current?.click();
  };

  return (
    <article className="author" aria-labelledby="author-title">
      <h1 id="author-title" tabIndex={-1}>
        {t('author.heading')}
      </h1>
      <p className="hunt-lead">{t('author.intro')}</p>
      <div className="hunt-actions">
        <button type="button" className="button button--primary" onClick={() => void choose()}>
          {t('author.open')}
        </button>
        {author.mode === 'manual' && (
          <button type="button" className="button" onClick={() => void author.reload()}>
            {t('author.reload')}
          </button>
        )}
        {author.fileName && (
          <button type="button" className="button" onClick={author.close}>
            {t('author.close')}
          </button>
        )}
        <input
          ref={inputRef}
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          hidden
          aria-label={t('author.open')}
          data-testid="author-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void author.openFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {author.fileName && (
        <section className="card hunt-card" aria-live="polite" data-testid="author-status">
          <p>
            {t(author.mode === 'watch' ? 'author.watching' : 'author.manual', {
              file: author.fileName,
            })}
          </p>
          {author.readFailed && (
            <p className="hunt-message hunt-message--error">
              {t('author.reloadFailed', { file: author.fileName })}
            </p>
          )}
          {author.checkedAt !== null &&
            (author.problems.length === 0 ? (
              <p>{t('author.checked', { time: formatSecond(author.checkedAt, timeZone) })}</p>
            ) : (
              <>
                <h2>{t('author.problems', { count: author.problems.length })}</h2>
                <ProblemList problems={author.problems} />
              </>
            ))}
          {draft && (
            <p>
              <a className="button button--primary" href={stepHref(draft.id)}>
                {t('author.view')}
              </a>
            </p>
          )}
        </section>
      )}
    </article>
  );
}
