import { ASCII_CLASS, MAJOR, MINOR, PART } from './breakers';

function classOf(c: number): number {
  return c < 128 ? ASCII_CLASS[c] : PART;
}

/**
 * Splunk-style segmentation of one text: each major segment (split on major breakers) and each
 * non-empty minor part within it (split on minor breakers), lower-cased and unique, parts listed
 * before their segment. A segment made only of breakers yields nothing; one without minor breakers
 * yields itself once.
 *
 * This is the plain reference version (the search side segments query words with it); the term
 * index builder has its own allocation-free scanner that the tests check against this one.
 */
export function splitTerms(text: string): string[] {
  const terms = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && classOf(text.charCodeAt(i)) === MAJOR) i++;
    const start = i;
    let hasPart = false;
    while (i < n && classOf(text.charCodeAt(i)) !== MAJOR) {
      const partStart = i;
      while (i < n && classOf(text.charCodeAt(i)) === PART) i++;
      if (i > partStart) {
        hasPart = true;
        terms.add(text.slice(partStart, i).toLowerCase());
      }
      while (i < n && classOf(text.charCodeAt(i)) === MINOR) i++;
    }
    if (hasPart) terms.add(text.slice(start, i).toLowerCase());
  }
  return [...terms];
}
