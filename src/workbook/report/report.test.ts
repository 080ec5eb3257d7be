import { describe, expect, it } from 'vitest';
import type { HuntProgressRecord, Pin } from '../../data/db/schema-types';
import { emptyProgress } from '../../data/progress/progress';
import { bundledHunts } from '../../../scripts/hunts/bundled';
import { escapeHtml } from './escape';
import { reportHtml } from './html';
import { reportMarkdown } from './markdown';
import { buildReport, initialFindings } from './model';

const HUNTS = bundledHunts();

const hunt = HUNTS.find((h) => h.id === 'ftp-exfiltration')!;
const EVIL = `<img src=x onerror=alert(1)>`;
const SCRIPT = `<script>alert("x")</script>`;
const FORMULA = `=cmd|' /C calc'!A0`;
// A 1x1 PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const base = (kind: Pin['kind'], over: Partial<Pin>): Pin => ({
  id: kind,
  stepId: 'data-firewall',
  searchId: 'firewall-to-attacker',
  kind,
  title: `${kind} ${EVIL}`,
  spl: `index=botsv2 "${SCRIPT}" | table a`,
  earliest: Date.UTC(2017, 7, 23, 7),
  latest: Date.UTC(2017, 7, 24, 7),
  pinnedAt: 1,
  snapshot: {},
  ...over,
});

function hostileProgress(): HuntProgressRecord {
  const initial = initialFindings(hunt);
  return {
    ...emptyProgress(hunt.id),
    notes: { 'data-firewall': `My note ${SCRIPT} ${FORMULA}`, findings: `Second ${EVIL}` },
    findings: {
      ...initial,
      verdict: 'refuted',
      reasons: [`Because ${EVIL}`],
      diamond: { ...initial.diamond, adversary: `Eve ${SCRIPT}` },
      checklist: [
        { ...initial.checklist[0], done: true },
        { id: 'own', text: `Mine ${EVIL}`, done: false, own: true },
      ],
    },
    pins: [
      base('table', {
        snapshot: { columns: ['src', EVIL], rows: [['10.0.2.107', SCRIPT]], totalRows: 450 },
      }),
      base('chart', {
        snapshot: { image: PNG, columns: ['_time', 'count'], rows: [['2017-08-23', '4']] },
      }),
      base('chart', {
        id: 'bad-image',
        snapshot: { image: `data:image/svg+xml,<svg onload=alert(1)>" onerror="alert(1)` },
      }),
      base('event', {
        snapshot: { time: '2017-08-23 20:36:14.000', raw: `raw ${SCRIPT}`, fields: [[EVIL, EVIL]] },
      }),
    ],
  };
}

const indicators = [
  { kind: 'domain', value: `evil[.]com${EVIL}`, seen: [`pin ${SCRIPT}`] },
  { kind: 'ipv4', value: '160.153.91[.]7', seen: ['Firewall'] },
];
const report = () =>
  buildReport(
    hunt,
    hostileProgress(),
    indicators,
    'America/Los_Angeles',
    new Date('2026-01-01T00:00:00Z'),
  );

// Tags the report may contain; anything else that starts with `<` is an escape that failed.
const ALLOWED_TAGS =
  /^<\/?(html|head|body|meta|title|style|h1|h2|h3|h4|h5|h6|p|br|ul|ol|li|em|blockquote|dl|dt|dd|strong|code|pre|div|table|thead|tbody|tr|th|td|section|span|img|details|summary)[\s>]/;

describe('the HTML report', () => {
  it('escapes every piece of user and log text', () => {
    const html = reportHtml(report());
    const body = html.slice(html.indexOf('<body>'));
    for (const tag of body.match(/<[^<]*/g) ?? []) {
      if (tag.startsWith('<!')) continue;
      expect(tag).toMatch(ALLOWED_TAGS);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).toContain(escapeHtml(EVIL));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('holds the chart as an embedded PNG, nothing that could make a request', () => {
    const html = reportHtml(report());
    const sources = [...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]);
    expect(sources).toEqual([PNG]);
    expect(html).not.toMatch(/\shref=/);
    expect(html).toContain(`default-src 'none'`);
  });

  it('shows the verdict, reasons, model, checklist, pins, notes and indicators', () => {
    const html = reportHtml(report());
    expect(html).toContain('data-verdict="refuted"');
    expect(html).toContain('The first 1 of 450 rows.');
    expect(html).toContain('☑');
    expect(html).toContain('160.153.91[.]7');
    expect(html).toContain('Data exfiltration over FTP');
    expect(html).toContain(
      'What does the firewall see? › pan:traffic: who connects to 160.153.91.7',
    );
    expect(html).toContain('2017-08-23 00:00:00 – 2017-08-23 23:59:59 (UTC-07:00)');
  });
  it('renders the learner’s Markdown in notes, reasons, the model and the checklist', () => {
    const r = report();
    r.notes = [{ step: 'Step', text: '## Seen\n\n- one\n- [it](javascript:alert(1))\n\n> `x`' }];
    r.findings.reasons = ['*Because* of `ftp`'];
    r.findings.diamond.victim = '**Frothly**';
    r.findings.checklist = [{ id: 'x', text: 'Block _it_', done: false }];
    const html = reportHtml(r);
    expect(html).toContain(
      '<div class="note"><h5>Seen</h5><ul><li>one</li><li>it <span class="url">[javascript:alert(1)]</span></li></ul><blockquote><p><code>x</code></p></blockquote></div>',
    );
    expect(html).toContain('<li><em>Because</em> of <code>ftp</code></li>');
    expect(html).toContain('<dd><strong>Frothly</strong></dd>');
    expect(html).toContain('</span> Block <em>it</em></li>');
  });
});

/** The Markdown outside fenced blocks and code spans: what a viewer would read as markup. */
function outsideCode(md: string): string {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    const open = /^(`{3,})/.exec(line);
    if (fence === null && open) fence = open[1];
    else if (fence !== null && line.startsWith(fence) && line.slice(fence.length).trim() === '') {
      fence = null;
    } else if (fence === null) lines.push(line);
  }
  // Code spans: a run of backticks up to the next run of the same length.
  return lines.join('\n').replace(/(`+)[^]*?\1/g, '');
}

/** What a viewer reads as markup: outside code, escaped characters and task boxes taken out. */
const markup = (md: string) =>
  outsideCode(md)
    .replace(/^- \[[ x]\] /gm, '- ')
    .replace(/\\./g, '');

describe('the Markdown report', () => {
  it('has the verdict, checklist state, pins and notes in order', () => {
    const md = reportMarkdown(report());
    expect(md).toContain('**Refuted**');
    expect(md).toContain(`- Because \\<img src=x onerror=alert(1)\\>`);
    expect(md).toContain(`- [x] ${initialFindings(hunt).checklist[0].text}`);
    expect(md).toContain(`- [ ] Mine \\<img src=x onerror=alert(1)\\>`);
    expect(md).toContain(`![Chart: chart \\<img src=x onerror=alert(1)\\>](${PNG})`);
    expect(md).toContain('The first 1 of 450 rows.');
    expect(md.indexOf('### What does the firewall see?')).toBeLessThan(md.indexOf('### Findings'));
    expect(md).toContain(`=cmd\\|' /C calc'!A0`);
  });

  it('keeps table cells in their cell and code in its fence', () => {
    const r = report();
    r.pins[0].snapshot.rows = [['a|b', 'line1\nline2']];
    r.pins[0].spl = 'x ``` y';
    const md = reportMarkdown(r);
    expect(md).toContain('| a\\|b | line1 line2 |');
    expect(md).toContain('````spl\nx ``` y\n````');
  });

  // Pins hold log text and a progress file can hold anything: the Markdown export passed raw
  // HTML, links and remote images from them into a file that a viewer renders.
  it('escapes HTML, links and images from pins and imported progress, and drops remote images', () => {
    const r = report();
    const LINK = '[click me](http://evil.example/phish)';
    const IMAGE = '![x](http://evil.example/track.png)';
    const REF = '[r]: http://evil.example/ref';
    const hostile = `${SCRIPT} ${LINK} ${IMAGE} <http://evil.example/auto> &lt; *em*`;
    r.pins[0].title = hostile;
    r.pins[0].snapshot.rows = [[hostile, `${REF}\n<iframe src=//evil.example>`]];
    r.pins[3].snapshot.fields = [['user', hostile]];
    r.pins[3].snapshot.time = hostile;
    r.pins[2].snapshot.image = 'http://evil.example/chart.png';
    r.notes = [{ step: 'Step', text: `# Title\n\n${hostile}\n\n${REF}\n\n<div>${IMAGE}</div>` }];
    r.findings.reasons = [hostile];
    r.findings.diamond.victim = `${LINK} ${IMAGE}`;
    r.findings.checklist = [{ id: 'x', text: hostile, done: false }];
    r.indicators = [{ kind: 'url', value: hostile, seen: [hostile] }];
    const md = reportMarkdown(r);
    // No tag, autolink, link, image or link definition a viewer could act on.
    const withoutChart = md.replace(`![Chart: chart \\<img src=x onerror=alert(1)\\>](${PNG})`, '');
    expect(withoutChart).not.toBe(md);
    expect([...markup(withoutChart)].filter((c) => '<&[]'.includes(c))).toEqual([]);
    // The only image left is the embedded PNG.
    expect([...md.matchAll(/!\[[^\]]*\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual([PNG]);
    // A link in a note reads as its text and its address, as in the HTML report.
    expect(md).toContain('click me \\[`http://evil.example/phish`\\]');
    // The learner's Markdown keeps its formatting, under the report's headings.
    expect(md).toContain('#### Title');
    expect(md).toContain('\\&lt; *em*');
  });
});

describe('stored findings from an imported file', () => {
  it('drop malformed pins and fall back to the hunt for malformed parts', () => {
    const p = {
      ...emptyProgress(hunt.id),
      findings: { verdict: '<b>', reasons: 'x', diamond: { victim: 'V' }, checklist: [1] },
      pins: [{ id: 1 }, { ...base('table', {}), kind: '<script>' }, base('event', {})],
    } as unknown as HuntProgressRecord;
    const r = buildReport(hunt, p, [], 'UTC', new Date(0));
    expect(r.findings.verdict).toBe(hunt.findings!.verdict);
    expect(r.findings.reasons).toEqual(hunt.findings!.reasons);
    expect(r.findings.diamond.victim).toBe('V');
    expect(r.findings.checklist).toEqual([]);
    expect(r.pins.map((x) => x.kind)).toEqual(['event']);
  });
});
