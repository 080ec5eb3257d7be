import type { Message } from '../message-types';

/** Texts of offline use (the service worker's state in the header). Keys start with `offline.`. */
export const offlineMessages = {
  'offline.ready': 'Ready to work offline',
  'offline.ready.title':
    'The app and the workshop sample are stored in this browser: they open and work without a network.',
  'offline.updateReady': 'A new version is ready.',
  'offline.reload': 'Reload to update',
} satisfies Record<string, Message>;
