/** What the Windows event formats share. */
import type { Machine } from '../cast';
import { DOMAIN, fqdn } from '../cast';

/** A Windows process or logon identity: who ran it, on which machine. */
export interface WindowsAccount {
  /** `billy.tun`, `service3`, or a machine account `WRK-BTUN$`. */
  name: string;
  domain: string;
  sid: string;
  logonId: string;
}

export function systemAccount(machine: Machine): WindowsAccount {
  return {
    name: `${machine.host.toUpperCase()}$`,
    domain: DOMAIN,
    sid: 'S-1-5-18',
    logonId: '0x3E7',
  };
}

/** Escapes text for an XML element body; quotes stay as they are, as Windows renders them. */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function computerName(machine: Machine): string {
  return fqdn(machine);
}

/** `0x1480`: Windows shows process and logon ids in hex. */
export function hexId(n: number): string {
  return '0x' + n.toString(16);
}
