export type { FoundIndicator, Indicator, IndicatorKind, IndicatorSighting } from './types';
export { extractIndicators, indicatorKey } from './extract';
export { collectIndicators } from './collect';
export { defang, refang } from './defang';
export { indicatorsCsv } from './csv';
export { stixBundle, stixPattern } from './stix';
export type { StixBundle, StixIdentity, StixIndicator } from './stix';
export { validateStixPattern } from './stix-pattern';
export { isInternalAddress } from './ip';
