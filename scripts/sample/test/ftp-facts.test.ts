/** The spec's FTP facts (clusters 1 and 2, transactions), checked on the committed export. */
import { describe, expect, it } from 'vitest';
import {
  ATTACKER_IP,
  BTUN_IP,
  countBy,
  KLAGERF_IP,
  loadAssets,
  loadExport,
  SEVEN_FILES,
  type Row,
} from './export-rows';

const rows = loadExport().rows;
const ftp = rows.filter((r) => r.sourcetype === 'stream:ftp').sort((a, b) => a.time - b.time);

interface Session {
  flowId: string;
  src: string;
  rows: Row[];
}

function sessions(of: readonly Row[]): Session[] {
  const byFlow = new Map<string, Row[]>();
  for (const r of of) {
    const id = r.get('flow_id') ?? '';
    byFlow.set(id, [...(byFlow.get(id) ?? []), r]);
  }
  return [...byFlow]
    .map(([flowId, rs]) => ({ flowId, src: rs[0].get('src_ip') ?? '', rows: rs }))
    .sort((a, b) => a.rows[0].time - b.rows[0].time);
}

const clock = (r: Row) => r.wall.slice(11, 19);
const stores = (s: Session) => s.rows.filter((r) => r.get('method') === 'STOR');

describe('stream:ftp and suricata', () => {
  it('show only wrk-btun and wrk-klagerf talking to 160.153.91.7', () => {
    for (const st of ['stream:ftp', 'suricata']) {
      const peers = new Set<string>();
      for (const r of rows.filter((x) => x.sourcetype === st)) {
        if (r.get('dest_ip') === ATTACKER_IP) peers.add(r.get('src_ip') ?? '');
        if (r.get('src_ip') === ATTACKER_IP) peers.add(r.get('dest_ip') ?? '');
      }
      expect([...peers].sort(), st).toEqual([BTUN_IP, KLAGERF_IP]);
    }
    expect(new Set(ftp.map((r) => r.get('dest_ip')))).toEqual(new Set([ATTACKER_IP]));
  });

  it('use the standard port 21 only', () => {
    expect(new Set(ftp.map((r) => r.get('dest_port')))).toEqual(new Set(['21']));
  });
});

describe('cluster 1, Aug 23: the tool download', () => {
  const day = sessions(ftp.filter((r) => r.day === 23));

  it('is two sessions, wrk-btun from 20:36:14 and wrk-klagerf from 20:59:56', () => {
    expect(day.map((s) => [s.src, clock(s.rows[0])])).toEqual([
      [BTUN_IP, '20:36:14'],
      [KLAGERF_IP, '20:59:56'],
    ]);
  });

  it('has the same commands and the same number of events in both sessions', () => {
    const [a, b] = day;
    expect(a.rows.length).toBe(b.rows.length);
    expect(a.rows.map((r) => r.get('method') ?? '')).toEqual(
      b.rows.map((r) => r.get('method') ?? ''),
    );
    // The side-by-side search: noise methods dropped, events without a method too.
    const kept = (s: Session) =>
      s.rows
        .filter((r) => r.get('method') && !['PORT', 'TYPE', 'NLST'].includes(r.get('method') ?? ''))
        .map((r) => [r.get('method'), r.get('method_parameter') ?? '', r.get('filename') ?? '']);
    expect(kept(a)).toEqual(kept(b));
    expect(kept(a).length).toBeGreaterThan(7);
  });

  it('downloads seven files, each exactly twice, all with RETR', () => {
    const withFile = day.flatMap((s) => s.rows).filter((r) => r.get('filename'));
    const counts = countBy(withFile, (r) => r.get('filename') ?? '');
    expect([...counts.keys()].sort()).toEqual([...SEVEN_FILES].sort());
    expect(new Set(counts.values())).toEqual(new Set([2]));
    for (const r of withFile) {
      expect(r.get('method')).toBe('RETR');
      expect(r.get('loadway')).toBe('Download');
    }
  });

  it('shows two welcome banners and the goodbyes in reply_content', () => {
    const replies = day.flatMap((s) => s.rows).map((r) => r.get('reply_content') ?? '');
    expect(new Set(replies.filter((c) => c.includes('Welcome to Pure-FTPd'))).size).toBe(2);
    expect(replies.filter((c) => c.startsWith('Goodbye.'))).toHaveLength(2);
  });
});

describe('cluster 2, Aug 25: the exfiltration', () => {
  const day = sessions(ftp.filter((r) => r.day === 25));
  const within = (s: Session, from: string, to: string) => {
    expect(clock(s.rows[0]) >= from, `${clock(s.rows[0])} >= ${from}`).toBe(true);
    expect(clock(s.rows[s.rows.length - 1]) <= to, `${clock(s.rows.at(-1)!)} <= ${to}`).toBe(true);
  };
  const names = (s: Session) => stores(s).map((r) => r.get('filename') ?? '');

  it('is four sessions', () => {
    expect(day.map((s) => s.src)).toEqual([KLAGERF_IP, BTUN_IP, BTUN_IP, BTUN_IP]);
  });

  it('sends the password database from wrk-klagerf around 22:28', () => {
    within(day[0], '22:27:00', '22:30:00');
    expect(names(day[0])).toEqual(['frothly_passwords.kdbx']);
  });

  it('sends 213 PDFs from 22:42 to 22:52', () => {
    within(day[1], '22:41:30', '22:53:00');
    const sent = names(day[1]);
    expect(sent).toHaveLength(213);
    expect(new Set(sent).size).toBe(213);
    expect(sent.every((n) => n.endsWith('.pdf'))).toBe(true);
  });

  it('sends 496 PDFs from 23:13 to 23:36, 150 of them already sent', () => {
    within(day[2], '23:12:30', '23:37:00');
    const sent = names(day[2]);
    expect(sent).toHaveLength(496);
    expect(new Set(sent).size).toBe(496);
    expect(sent.every((n) => n.endsWith('.pdf'))).toBe(true);
    const before = new Set(names(day[1]));
    expect(sent.filter((n) => before.has(n))).toHaveLength(150);
  });

  it('fails to send topsecretyeast.pdf around 23:45: zero kbytes', () => {
    within(day[3], '23:44:30', '23:46:00');
    expect(names(day[3])).toEqual(['topsecretyeast.pdf']);
    expect(day[3].rows.at(-1)?.get('reply_content')).toMatch(
      /^Goodbye\. You uploaded 0 and downloaded 0 kbytes\.?$/,
    );
  });

  it('counts 710 PDF upload events from 10.0.2.107', () => {
    const pdfUploads = ftp.filter(
      (r) =>
        r.get('src_ip') === BTUN_IP &&
        r.get('loadway') === 'Upload' &&
        (r.get('filename') ?? '').endsWith('.pdf'),
    );
    expect(pdfUploads).toHaveLength(710);
  });

  it('stacks filenames: the 150 repeated PDFs twice, everything else once', () => {
    const counts = countBy(
      day.flatMap((s) => s.rows).filter((r) => r.get('filename')),
      (r) => r.get('filename') ?? '',
    );
    const twice = [...counts].filter(([, n]) => n === 2);
    expect(twice).toHaveLength(150);
    expect([...counts.values()].every((n) => n === 1 || n === 2)).toBe(true);
    expect(counts.get('frothly_passwords.kdbx')).toBe(1);
    expect(counts.get('topsecretyeast.pdf')).toBe(1);
    for (const r of day.flatMap((s) => s.rows).filter((x) => x.get('filename'))) {
      expect([r.get('method'), r.get('loadway')]).toEqual(['STOR', 'Upload']);
    }
  });
});

describe('FTP transactions', () => {
  it('log in as admin@hildegardsfarm.com six times: 4 from wrk-btun, 2 from wrk-klagerf', () => {
    const logins = ftp.filter(
      (r) => r.get('method') === 'USER' && r.get('method_parameter') === 'admin@hildegardsfarm.com',
    );
    expect(new Set(logins.map((r) => r.get('flow_id'))).size).toBe(6);
    expect(countBy(logins, (r) => String(r.day))).toEqual(
      new Map([
        ['23', 2],
        ['25', 4],
      ]),
    );
    const hostOf = new Map(loadAssets().map((a) => [a.ip, a.nt_host]));
    expect(countBy(logins, (r) => hostOf.get(r.get('src_ip') ?? '') ?? '?')).toEqual(
      new Map([
        ['wrk-btun', 4],
        ['wrk-klagerf', 2],
      ]),
    );
    for (const r of logins) {
      expect(r.get('reply_content')).toBe('User admin@hildegardsfarm.com OK. Password required');
    }
  });

  it('end for good with the failed upload: nothing after Aug 25 23:46:08', () => {
    const last = Math.max(...ftp.map((r) => r.time));
    expect(last).toBeLessThan(Date.parse('2017-08-25T23:46:08.000-07:00'));
    expect(ftp.every((r) => r.day === 23 || r.day === 25)).toBe(true);
  });
});
