import { t } from '../i18n/messages';
import { useRoute } from '../store/route';
import { LanguageSelect } from './LanguageSelect';
import { OfflineStatus } from './offline/OfflineStatus';
import { SCREENS, type ScreenEntry } from './screens';
import { HeaderSettings } from './HeaderSettings';
import { TimeZoneSelect } from './TimeZoneSelect';

/** The library's link stands for every hunt screen, and for the start page and author mode. */
function current(entry: ScreenEntry['page'], page: string): boolean {
  if (entry === 'hunts') return ['hunts', 'hunt', 'start', 'author'].includes(page);
  return entry === page;
}

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
                aria-current={current(entry.page, page) ? 'page' : undefined}
              >
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TimeZoneSelect />
      <LanguageSelect />
      <HeaderSettings />
      <OfflineStatus />
    </header>
  );
}
