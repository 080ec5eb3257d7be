/**
 * Events per chunk (at most; an import cuts a block earlier at BLOCK_BYTES). Each chunk is one
 * IndexedDB value per table, and Chromium's cost per stored value falls with its size (measured
 * in a page: a 256 KB put takes ~6.8 ns/byte of the writing thread, a 1 MB one ~3.9): at 8192
 * events the 1M-event bench's browser process took 1.6-2.0 us per event against 2.7-3.3 at 4096.
 * 16384 measured the same end to end over four runs each (its larger term tables miss the cache
 * more) with twice the memory per block, and searches no faster. Event numbers stay Uint16.
 */
export const CHUNK_EVENTS = 8192;

/**
 * Most bytes of source text an import hands a worker as one block (one chunk): with long events
 * a block reaches this before CHUNK_EVENTS, which bounds the memory of the blocks in flight.
 */
export const BLOCK_BYTES = 16 << 20;

/** Event numbers within a chunk are stored as Uint16, so no chunk may hold more. */
export const MAX_CHUNK_EVENTS = 65536;
