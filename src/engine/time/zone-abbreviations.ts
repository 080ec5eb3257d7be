/**
 * Time zone abbreviations read in event text (the importer's `_time`, `strptime`'s `%Z`), each
 * a fixed offset east of UTC in minutes: an abbreviation names its offset, so no zone database
 * is needed.
 *
 * The list is the one Splunk's timestamp recognition knows (the `_zone` pattern of its
 * datetime.xml): UTC and GMT, the European zones in English and German (CET/CEST, MEZ/MESZ, MET,
 * EET, WET, MSK), Asia's IST, JST, KST and HKT, the US zones, Atlantic time, and the old
 * Australian names CAST, EAST, WAST. Added to it: AKST, AKDT and HST (US zones Splunk's own
 * examples use) and BST. Abbreviations that name several zones are read as Splunk's users most
 * often mean them, and docs/spl.md says so: IST is India (+05:30, not Irish or Israel time), BST
 * British Summer Time (+01:00, not Bangladesh), CST US Central (-06:00, not China), AST Atlantic
 * (-04:00, not Arabia), EAST Eastern Australia (+10:00).
 */
import { constMap } from '../data-map';

const HOUR = 60;
const TABLE = constMap<number>({
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: HOUR,
  WETDST: HOUR,
  BST: HOUR,
  CET: HOUR,
  MET: HOUR,
  MEZ: HOUR,
  CEST: 2 * HOUR,
  CETDST: 2 * HOUR,
  MEST: 2 * HOUR,
  METDST: 2 * HOUR,
  MESZ: 2 * HOUR,
  EET: 2 * HOUR,
  EEST: 3 * HOUR,
  EETDST: 3 * HOUR,
  MSK: 3 * HOUR,
  MSD: 4 * HOUR,
  IST: 5 * HOUR + 30,
  HKT: 8 * HOUR,
  WAST: 8 * HOUR,
  WADT: 9 * HOUR,
  JST: 9 * HOUR,
  KST: 9 * HOUR,
  CAST: 9 * HOUR + 30,
  CADT: 10 * HOUR + 30,
  EAST: 10 * HOUR,
  EADT: 11 * HOUR,
  AST: -4 * HOUR,
  ADT: -3 * HOUR,
  EST: -5 * HOUR,
  EDT: -4 * HOUR,
  CST: -6 * HOUR,
  CDT: -5 * HOUR,
  MST: -7 * HOUR,
  MDT: -6 * HOUR,
  PST: -8 * HOUR,
  PDT: -7 * HOUR,
  AKST: -9 * HOUR,
  AKDT: -8 * HOUR,
  HST: -10 * HOUR,
});

/** Every abbreviation and its offset; a Map, so no text from a log can reach a prototype. */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(TABLE));

/** The offset of an abbreviation in any case (`jst`, `JST`), or undefined. */
export function abbreviationOffset(text: string): number | undefined {
  return ZONE_ABBREVIATIONS.get(text.toUpperCase());
}
