import { t } from '../i18n/messages';
import { useRoute } from '../store/route';
import { OfflineStatus } from './offline/OfflineStatus';
import { SCREENS } from './screens';
import { SearchTimeLimit } from './SearchTimeLimit';
import { TimeZoneSelect } from './TimeZoneSelect';

export function Header() {
  const page = useRoute((s) => s.route.page);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img className="app-header__logo" src="/favicon.svg" alt="" width={28} height={28} />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <nav className="app-header__nav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((entry) => (
            <li key={entry.page}>
              <a
                href={entry.href}
                className="nav-link"
                aria-current={entry.page === page ? 'page' : undefined}
              >
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TimeZoneSelect />
      <SearchTimeLimit />
      <OfflineStatus />
    </header>
  );
}
