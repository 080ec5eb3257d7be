/** Every background event, checked not to touch the story (guard.ts). */
import type { SampleEvent } from '../event';
import type { Rng } from '../rng';
import { dnsNoise } from './dns';
import { endpointNoise } from './endpoint';
import { checkBackground } from './guard';
import { networkNoise } from './network';
import { inboundProbes } from './probes';

export function backgroundEvents(rng: Rng): SampleEvent[] {
  const events = [
    ...networkNoise(rng.fork('network')),
    ...inboundProbes(rng.fork('probes')),
    ...endpointNoise(rng.fork('endpoint')),
    // Its own stream: the older background stays exactly as it was.
    ...dnsNoise(rng.fork('dns')),
  ];
  for (const e of events) checkBackground(e);
  return events;
}
