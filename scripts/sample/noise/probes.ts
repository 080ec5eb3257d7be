/**
 * The internet knocking on the firewall's outside address: scanners trying FTP above all, then
 * SSH, telnet, RDP, SMB and web ports. All dropped by the default rule; they are why `ftp` shows
 * up in pan:traffic far more often than the story's few sessions.
 */
import { FIREWALL } from '../cast';
import type { SampleEvent } from '../event';
import { panTraffic } from '../formats/pan';
import type { Rng } from '../rng';
import { publicIp } from './addresses';
import { occurrences } from './rhythm';

interface Service {
  port: number;
  app: string;
}

const SERVICES: readonly (readonly [Service, number])[] = [
  [{ port: 21, app: 'ftp' }, 70],
  [{ port: 22, app: 'ssh' }, 15],
  [{ port: 23, app: 'telnet' }, 9],
  [{ port: 3389, app: 'ms-rdp' }, 8],
  [{ port: 445, app: 'ms-ds-smb' }, 6],
  [{ port: 80, app: 'web-browsing' }, 4],
  [{ port: 8080, app: 'web-browsing' }, 3],
];

export function inboundProbes(rng: Rng): SampleEvent[] {
  // A few hundred scanners, each coming back now and then.
  const scanners = Array.from({ length: 240 }, () => publicIp(rng));
  const events: SampleEvent[] = [];
  for (const time of occurrences(rng, 5.5, 'flat')) {
    const service = rng.weighted(SERVICES);
    const burst = rng.chance(0.1) ? rng.int(2, 6) : 1;
    const src = rng.pick(scanners);
    for (let i = 0; i < burst; i++) {
      events.push(
        panTraffic({
          time: time + i * rng.int(400, 3_000),
          srcIp: src,
          destIp: FIREWALL.externalIp,
          natSrcIp: '0.0.0.0',
          srcPort: rng.int(1_024, 65_000),
          destPort: service.port,
          natSrcPort: 0,
          rule: 'interzone-default',
          user: '',
          app: service.app,
          srcZone: 'Untrust',
          destZone: 'Untrust',
          protocol: 'tcp',
          vendorAction: rng.chance(0.7) ? 'deny' : 'drop',
          bytesSent: rng.int(60, 400),
          bytesReceived: 0,
          packetsSent: rng.int(1, 4),
          packetsReceived: 0,
          elapsedSec: 0,
          category: 'any',
          destLocation: 'United States',
          endReason: 'policy-deny',
        }),
      );
    }
  }
  return events;
}
