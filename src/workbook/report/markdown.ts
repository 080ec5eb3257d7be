import { formatRange } from '../../data/time/formatTime';
import { t } from '../../i18n/messages';
import type { Report } from './model';

const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;

/** A table cell on one line whose pipes cannot end the cell early. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

function table(columns: string[], rows: string[][]): string[] {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`),
  ];
}

/** A fenced block whose fence is longer than any run of backticks inside, so it cannot close early. */
function fenced(text: string, lang = ''): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [fence + lang, text, fence];
}

export function rangeText(earliest: number | undefined, latest: number | undefined, tz: string) {
  if (earliest === undefined || latest === undefined) return '';
  return formatRange(earliest, latest - 1, tz);
}

/** The report as Markdown: the learner's text goes in as they wrote it, log data in code. */
export function reportMarkdown(r: Report): string {
  const f = r.findings;
  const out: string[] = [
    `# ${t('findings.report.title', { hunt: r.huntTitle })}`,
    '',
    t('findings.report.exported', { time: r.exportedAt.toISOString() }),
    '',
    `## ${t('findings.verdict')}`,
    '',
    `**${t(`findings.verdict.${f.verdict}`)}**`,
    '',
    ...f.reasons.map((reason) => `- ${reason}`),
    '',
  ];
  if (r.learned.length > 0) {
    out.push(`## ${t('findings.learned')}`, '');
    for (const item of r.learned) out.push(`- ${item.text} (${item.links.join('; ')})`);
    out.push('');
  }
  out.push(`## ${t('findings.diamond')}`, '');
  for (const c of CORNERS) out.push(`- **${t(`findings.diamond.${c}`)}**: ${f.diamond[c]}`);
  out.push('', `## ${t('findings.indicators')}`, '');
  if (r.indicators.length === 0) out.push(t('findings.indicators.none'));
  else {
    out.push(
      ...table(
        [
          t('findings.indicators.kind'),
          t('findings.indicators.value'),
          t('findings.indicators.seen'),
        ],
        r.indicators.map((i) => [i.kind, i.value, i.seen.join('; ')]),
      ),
    );
  }
  out.push('', `## ${t('findings.checklist')}`, '');
  for (const item of f.checklist) out.push(`- [${item.done ? 'x' : ' '}] ${item.text}`);
  out.push('', `## ${t('findings.pins')}`, '');
  if (r.pins.length === 0) out.push(t('findings.pins.none'), '');
  for (const pin of r.pins) {
    const s = pin.snapshot;
    out.push(`### ${pin.title} (${t(`findings.report.kind.${pin.kind}`)})`, '');
    out.push(`${t('findings.report.where')}: ${pin.where}`, '');
    const range = rangeText(pin.earliest, pin.latest, r.timeZone);
    if (range) out.push(`${t('findings.report.range')}: ${range}`, '');
    out.push(...fenced(pin.spl, 'spl'), '');
    if (s.image)
      out.push(`![${t('findings.pins.chartImage', { title: pin.title })}](${s.image})`, '');
    if (s.time !== undefined) out.push(`**${s.time}**`, '');
    if (s.raw !== undefined) out.push(...fenced(s.raw), '');
    if (s.fields && s.fields.length > 0)
      out.push(...table([t('results.events.field'), t('results.events.value')], s.fields), '');
    if (s.columns && s.rows) {
      out.push(...table(s.columns, s.rows), '');
      if (s.totalRows !== undefined && s.totalRows > s.rows.length) {
        out.push(t('findings.pins.truncated', { shown: s.rows.length, total: s.totalRows }), '');
      }
    }
  }
  if (r.notes.length > 0) {
    out.push(`## ${t('findings.notes')}`, '');
    for (const note of r.notes) out.push(`### ${note.step}`, '', note.text.trim(), '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
