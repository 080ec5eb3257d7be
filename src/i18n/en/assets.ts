import type { Message } from '../message-types';

/** Texts of lookup tables and asset and identity enrichment. Keys start with `assets.`. */
export const assetMessages = {} satisfies Record<string, Message>;
