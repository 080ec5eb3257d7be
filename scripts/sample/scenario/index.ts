/** Every event of the story; the background is in ../noise. */
import type { SampleEvent } from '../event';
import type { Rng } from '../rng';
import { dnsTunnel } from './dns-tunnel';
import { endpointStory } from './endpoint';
import { networkStory } from './network';

export function scenarioEvents(rng: Rng): SampleEvent[] {
  return [
    ...networkStory(rng.fork('network')),
    ...endpointStory(rng.fork('endpoint')),
    // A stream of its own, so the FTP story's events stay exactly as they were.
    ...dnsTunnel(rng.fork('dns-tunnel')),
  ];
}
