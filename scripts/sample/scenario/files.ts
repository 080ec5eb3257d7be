/**
 * The files of the story: the seven tools downloaded on Aug 23, and Frothly's documents uploaded
 * on Aug 25. Names are the scenario's; sizes are plausible.
 */
import type { Rng } from '../rng';

export interface TransferFile {
  name: string;
  bytes: number;
}

/** Downloaded by both workstations on Aug 23, in this order. */
export const TOOLS: readonly TransferFile[] = [
  { name: 'nc.exe', bytes: 38_616 },
  { name: 'psexec.exe', bytes: 381_816 },
  { name: 'wget64.exe', bytes: 4_870_144 },
  { name: 'winsys64.dll', bytes: 164 },
  { name: 'python-2.7.6.amd64.msi', bytes: 16_707_584 },
  { name: 'dns.py', bytes: 3_812 },
  { name: '나는_데이비드를_사랑한다.hwp', bytes: 14_848 },
];

export const TOOL_NAMES: readonly string[] = TOOLS.map((f) => f.name);

export const PASSWORD_DB: TransferFile = { name: 'frothly_passwords.kdbx', bytes: 53_470 };
export const TOPSECRET: TransferFile = { name: 'topsecretyeast.pdf', bytes: 2_412_903 };

/** The ftp scripts, named like DLLs to pass for system files. */
export const SCRIPT_DOWNLOAD = 'winsys32.dll';
export const SCRIPT_UPLOAD = 'winsys64.dll';
export const SCRIPT_SINGLE = 'singlefile.dll';

const TOPICS = [
  'Brewing_Schedule',
  'Recipe',
  'Hops_Contract',
  'Barley_Supplier_Agreement',
  'Yeast_Strain_Report',
  'Quality_Test',
  'Fermentation_Log',
  'Distributor_Agreement',
  'Invoice',
  'Purchase_Order',
  'Shipping_Manifest',
  'Sales_Forecast',
  'Marketing_Plan',
  'Label_Artwork',
  'Board_Minutes',
  'Budget',
  'Payroll_Summary',
  'Employee_Review',
  'Lab_Results',
  'Tap_Room_Menu',
  'Keg_Inventory',
  'Price_List',
  'Trade_Show_Notes',
  'Insurance_Policy',
  'Lease_Agreement',
];
const QUALIFIERS = [
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'Pale_Ale',
  'Stout',
  'Pilsner',
  'IPA',
  'Porter',
  'Hefeweizen',
  'Seattle',
  'Portland',
  'Denver',
  'draft',
  'final',
  'v2',
  'v3',
  'signed',
];

/**
 * `count` distinct PDF names of Frothly's documents, e.g. `Hops_Contract_Stout_2017.pdf`.
 * The random draws only choose among harmless words: no name can collide with a scenario file.
 */
export function documentNames(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const topic = rng.pick(TOPICS);
    const name = rng.chance(0.3)
      ? `${topic}_${rng.int(10_000, 99_999)}.pdf`
      : `${topic}_${rng.pick(QUALIFIERS)}_${rng.pick(['2015', '2016', '2017'])}.pdf`;
    names.add(name);
  }
  return [...names];
}
