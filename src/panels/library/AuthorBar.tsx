import { t } from '../../i18n/messages';
import { useAuthor } from '../../store/author';

/** Above a hunt shown from author mode: which file, its problems, and the way back. */
export function AuthorBar() {
  const author = useAuthor();
  if (!author.fileName) return null;
  return (
    <p className="author__bar" data-testid="author-bar">
      <span>{t('author.draftBar', { file: author.fileName })}</span>
      {author.problems.length > 0 && (
        <strong>{t('author.problems', { count: author.problems.length })}</strong>
      )}
      {author.mode === 'manual' && (
        <button type="button" className="button" onClick={() => void author.reload()}>
          {t('author.reload')}
        </button>
      )}
      <a href="#/author">{t('author.back')}</a>
    </p>
  );
}
