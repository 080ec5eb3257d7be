import { t } from '../i18n/messages';
import { useNavigation } from '../store/navigation';
import { SCREENS } from './screens';
import { TimeZoneSelect } from './TimeZoneSelect';

export function Header() {
  const screen = useNavigation((s) => s.screen);
  const show = useNavigation((s) => s.show);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img className="app-header__logo" src="/favicon.svg" alt="" width={28} height={28} />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <nav className="app-header__nav" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="nav-link"
                aria-current={entry.id === screen ? 'page' : undefined}
                onClick={() => show(entry.id)}
              >
                {t(entry.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <TimeZoneSelect />
    </header>
  );
}
