export type { LocalFields } from './calendar';
export { addUnits, parseTimeModifier, snapTo, TimeModifierError } from './modifier';
export { floorToSpan, nextBucket, parseSpan, type TimeSpan } from './span';
export { spanFloor } from './span-floor';
export { strftime } from './strftime';
export { strptime } from './strptime';
export { timeUnit, type TimeUnit } from './units';
export { abbreviationOffset, ZONE_ABBREVIATIONS } from './zone-abbreviations';
export {
  fromLocalFields,
  fromLocalMs,
  isValidTimeZone,
  localFields,
  toLocalMs,
  zoneAbbreviation,
  zoneOffsetMs,
} from './zone';
