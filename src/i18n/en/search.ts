import type { Message } from '../message-types';

/** Texts of the search bar, time range picker, keyboard help. Keys start with `search.`. */
export const searchMessages = {} satisfies Record<string, Message>;
