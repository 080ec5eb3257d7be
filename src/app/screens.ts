import type { MessageKey } from '../i18n/messages';
import type { ScreenId } from '../store/navigation';

export interface ScreenEntry {
  id: ScreenId;
  label: MessageKey;
}

/** Order of the header navigation. */
export const SCREENS: readonly ScreenEntry[] = [{ id: 'data', label: 'nav.data' }];
