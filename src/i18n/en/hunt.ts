import type { Message } from '../message-types';

/** Texts of the hunt screens: overview, step list, steps, questions, progress. Keys start with `hunt.`. */
export const huntMessages = {} satisfies Record<string, Message>;
