import { describe, expect, it } from 'vitest';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import { emptyProgress } from '../../data/progress/progress';
import { bundledHunts } from '../../../scripts/hunts/bundled';
import { huntIndicators, reportIndicators } from './indicator-sources';

const HUNTS = bundledHunts();

const hunt = HUNTS.find((h) => h.id === 'ftp-exfiltration')!;

describe('the hunt’s indicators', () => {
  it('start from the hunt’s seeds, each with the step and search that shows it', () => {
    const list = huntIndicators(hunt, null);
    const ip = list.find((i) => i.value === '160.153.91.7');
    expect(ip?.kind).toBe('ipv4');
    expect(ip?.seen).toEqual([
      {
        stepId: 'data-firewall',
        searchId: 'firewall-to-attacker',
        label: 'What does the firewall see? › pan:traffic: who connects to 160.153.91.7',
      },
    ]);
    expect(list.map((i) => i.value)).toEqual(
      expect.arrayContaining(['hildegardsfarm.com', 'admin@hildegardsfarm.com', 'winsys32.dll']),
    );
  });

  it('add what the learner pinned and noted, as more sightings of the same indicator', () => {
    const p: HuntProgressRecord = {
      ...emptyProgress(hunt.id),
      notes: { 'data-firewall': 'Also saw evil-example.org and 160.153.91.7' },
      pins: [
        {
          id: 'p1',
          stepId: 'findings',
          searchId: 'indicator-sweep',
          kind: 'event',
          title: 'An event',
          spl: 'index=x 203.0.113.9',
          pinnedAt: 1,
          snapshot: {
            raw: 'connect 160.153.91.7 from 10.0.2.107 host wrk-btun.frothly.local',
            fields: [['dest', '160.153.91.7']],
          },
        },
      ],
    };
    const list = huntIndicators(hunt, p);
    const ip = list.find((i) => i.value === '160.153.91.7');
    expect(ip?.seen.map((s) => s.label)).toEqual([
      'What does the firewall see? › pan:traffic: who connects to 160.153.91.7',
      'Pinned: An event',
      'Notes: What does the firewall see?',
    ]);
    expect(list.some((i) => i.value === 'evil-example.org')).toBe(true);
    // Frothly's own addresses and names are not indicators; the search is not what was shown.
    expect(list.some((i) => i.value === '10.0.2.107')).toBe(false);
    expect(list.some((i) => i.value === 'wrk-btun.frothly.local')).toBe(false);
    expect(list.some((i) => i.value === '203.0.113.9')).toBe(false);
    expect(reportIndicators(list, true).find((i) => i.kind === 'ipv4')?.value).toBe(
      '160[.]153[.]91[.]7',
    );
  });
});
