import { bundledHunt, bundledHunts } from '../../scripts/hunts/bundled';

// The hunts as the app reads them: the bundled files under public/hunts, through the same reader.
export const HUNTS = bundledHunts();
export const ftpHunt = bundledHunt('ftp-exfiltration');
export const dnsHunt = bundledHunt('dns-exfiltration');
