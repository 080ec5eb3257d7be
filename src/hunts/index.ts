import { ftpExfiltrationHunt } from './ftp-exfiltration';
import type { Hunt } from './types';

export type * from './types';

/** Every hunt of the workbook, in the order they are offered. */
export const HUNTS: readonly Hunt[] = [ftpExfiltrationHunt];
