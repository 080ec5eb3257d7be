import type { Message } from '../message-types';

/** Texts of the colour themes: the header's setting and presenter mode's projector colours. Keys start with `theme.`. */
export const themeMessages = {
  'theme.setting': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.projector': 'Projector (light, high contrast)',
  'theme.projector.title':
    'Show presenter mode in light, high-contrast colours that read on a projector, whatever the theme',
} satisfies Record<string, Message>;
