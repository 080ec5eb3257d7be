// Which sourcetype each event is, in roughly the shares a BOTS-v2 export has.
import { makeDraws } from './draws.mjs';
import { panEvents } from './pan.mjs';
import { streamEvents } from './stream.mjs';
import { suricataEvents } from './suricata.mjs';
import { windowsEvents } from './windows.mjs';

/**
 * Makes one event at a time, of a sourcetype drawn by its share.
 * @param {() => number} rnd
 * @returns {(ms: number) => import('./splunk-csv.mjs').GenEvent}
 */
export function makeEvents(rnd) {
  const draw = makeDraws(rnd);
  const { streamDns, streamHttp, streamFtp } = streamEvents(draw);
  const suricata = suricataEvents(draw);
  const panTraffic = panEvents(draw);
  const { sysmon, winEventLog } = windowsEvents(draw);

  // Rough shares of the BOTS-v2 sourcetypes that matter for hunting; weights sum to 1.
  const MIX = [
    [0.22, panTraffic],
    [0.3, streamDns],
    [0.13, streamHttp],
    [0.05, streamFtp],
    [0.2, suricata],
    [0.05, sysmon],
    [0.05, winEventLog],
  ];
  const cumulative = [];
  let acc = 0;
  for (const [w, fn] of MIX) cumulative.push([(acc += w), fn]);

  /** @param {number} ms */
  return function next(ms) {
    const r = rnd() * acc;
    for (const [c, fn] of cumulative) if (r < c) return fn(ms);
    return cumulative[cumulative.length - 1][1](ms);
  };
}
