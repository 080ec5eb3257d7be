import type { MessageKey } from '../i18n/messages';
import type { Route } from '../store/route';

export interface ScreenEntry {
  page: Route['page'];
  href: string;
  label: MessageKey;
}

/** Order of the header navigation. */
export const SCREENS: readonly ScreenEntry[] = [
  { page: 'hunts', href: '#/hunts', label: 'nav.hunts' },
  { page: 'search', href: '#/search', label: 'nav.search' },
  { page: 'data', href: '#/data', label: 'nav.data' },
];
