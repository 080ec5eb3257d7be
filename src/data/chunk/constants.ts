/**
 * Events per chunk (at most; an import cuts a block earlier at BLOCK_BYTES). Each chunk is one
 * IndexedDB value per table, and Chromium's cost per stored value falls with its size (measured
 * in a page: a 256 KB put takes ~6.8 ns/byte of the writing thread, a 1 MB one ~3.9): at 16384
 * events the 1M-event bench's browser process took 1.7 us per event against 2.9 at 4096, and its
 * throughput went from 71-80k to 87k events/s, with the searches still inside their bars. Event
 * numbers within a chunk stay Uint16.
 */
export const CHUNK_EVENTS = 16384;

/**
 * Most bytes of source text an import hands a worker as one block (one chunk): with long events
 * a block reaches this before CHUNK_EVENTS, which bounds the memory of the blocks in flight.
 */
export const BLOCK_BYTES = 16 << 20;

/** Event numbers within a chunk are stored as Uint16, so no chunk may hold more. */
export const MAX_CHUNK_EVENTS = 65536;
