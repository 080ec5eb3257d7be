import { t } from '../../i18n/messages';
import { useHunts, useVisibleHunts } from '../../store/hunts';
import { HuntScreen } from '../hunt/HuntScreen';
import { HuntLibrary } from './HuntLibrary';

/** The library once more than one hunt is installed; with one, that hunt's overview. */
export function StartPage() {
  const ready = useHunts((s) => s.status === 'ready');
  const hunts = useVisibleHunts();
  if (!ready) return <p className="hunt-message">{t('library.loading')}</p>;
  const usable = hunts.filter((h) => h.parsed.hunt !== null);
  if (usable.length === 1 && hunts.length === 1) {
    return <HuntScreen key={usable[0].id} huntId={usable[0].id} />;
  }
  return <HuntLibrary />;
}
