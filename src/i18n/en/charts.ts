import type { Message } from '../message-types';

/** Texts of time charts, zoom, side-by-side comparison. Keys start with `chart.`. */
export const chartMessages = {} satisfies Record<string, Message>;
