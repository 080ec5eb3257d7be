import { t } from '../i18n/messages';
import { SearchTimeLimit } from './SearchTimeLimit';
import { ThemeSelect } from './ThemeSelect';

/** The header's settings beside the time zone, folded behind one small button (⚙), so the header keeps to one line. */
export function HeaderSettings() {
  return (
    <details className="header-settings">
      <summary title={t('limits.settings')} data-testid="header-settings">
        <span aria-hidden="true">⚙</span>
        <span className="header-settings__name">{t('limits.settings')}</span>
      </summary>
      <div className="header-settings__panel">
        <ThemeSelect />
        <SearchTimeLimit />
      </div>
    </details>
  );
}
