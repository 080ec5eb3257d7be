import type { Message } from '../message-types';

/**
 * Texts shown when part of the page fails (error boundaries) or a link cannot be read. Keys
 * start with `errors.`.
 */
export const errorMessages = {
  'errors.app': 'The app hit an error it could not recover from.',
  'errors.screen': 'This screen could not be shown.',
  'errors.view': 'This result could not be shown in this view.',
  'errors.event': 'This event could not be shown.',
  'errors.detail': 'What failed: {message}',
  'errors.retry': 'Try again',
  'errors.reload': 'Reload the app',
  'errors.link':
    'This link could not be read: “{hash}” has a malformed “%” escape. The start page is shown instead.',
  'errors.link.dismiss': 'Dismiss',
} satisfies Record<string, Message>;
