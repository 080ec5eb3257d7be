import type { Message } from '../message-types';

/** Texts of result views: events, field sidebar, tables. Keys start with `results.`. */
export const resultMessages = {} satisfies Record<string, Message>;
