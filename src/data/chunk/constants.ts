/**
 * Events per chunk. 4096 keeps a chunk's raw text (~1.2 MB at 300 B/event) and its postings within
 * Uint16 event numbers while making the per-chunk costs (lexicon entries repeated in every chunk,
 * dense-term bitmaps, dictionaries) small per event; see the bench test for the measured trade-off.
 */
export const CHUNK_EVENTS = 4096;

/** Event numbers within a chunk are stored as Uint16, so no chunk may hold more. */
export const MAX_CHUNK_EVENTS = 65536;
