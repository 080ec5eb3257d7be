import { formatRange } from '../../data/time/format-time';
import { t } from '../../i18n/messages';
import { escapeMarkdown as text } from './escape';
import { fenced } from './md/fence';
import { safeMarkdown, safeMarkdownLine } from './md/markdown';
import type { Report } from './model';
import { isPngDataUrl } from './pins';

const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;

function table(columns: string[], rows: string[][]): string[] {
  return [
    `| ${columns.map(text).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((_, i) => text(r[i] ?? '')).join(' | ')} |`),
  ];
}

export function rangeText(earliest: number | undefined, latest: number | undefined, tz: string) {
  if (earliest === undefined || latest === undefined) return '';
  return formatRange(earliest, latest - 1, tz);
}

/**
 * The report as Markdown that is safe to open in any viewer: the learner's Markdown keeps its
 * formatting but no HTML, link or image (safeMarkdown); every value from the logs or a file is
 * escaped to read as text (escapeMarkdown), log text sits in code fences, and the only image is
 * a chart embedded as PNG data.
 */
export function reportMarkdown(r: Report): string {
  const f = r.findings;
  const out: string[] = [
    `# ${text(t('findings.report.title', { hunt: r.huntTitle }))}`,
    '',
    t('findings.report.exported', { time: r.exportedAt.toISOString() }),
    '',
    `## ${t('findings.verdict')}`,
    '',
    `**${t(`findings.verdict.${f.verdict}`)}**`,
    '',
    ...f.reasons.map((reason) => `- ${safeMarkdownLine(reason)}`),
    '',
  ];
  if (r.learned.length > 0) {
    out.push(`## ${t('findings.learned')}`, '');
    for (const item of r.learned) {
      out.push(`- ${safeMarkdownLine(item.text)} (${text(item.links.join('; '))})`);
    }
    out.push('');
  }
  out.push(`## ${t('findings.diamond')}`, '');
  for (const c of CORNERS) {
    out.push(`- **${t(`findings.diamond.${c}`)}**: ${safeMarkdownLine(f.diamond[c])}`);
  }
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
  for (const item of f.checklist) {
    out.push(`- [${item.done ? 'x' : ' '}] ${safeMarkdownLine(item.text)}`);
  }
  out.push('', `## ${t('findings.pins')}`, '');
  if (r.pins.length === 0) out.push(t('findings.pins.none'), '');
  for (const pin of r.pins) {
    const s = pin.snapshot;
    out.push(`### ${text(pin.title)} (${t(`findings.report.kind.${pin.kind}`)})`, '');
    out.push(`${t('findings.report.where')}: ${text(pin.where)}`, '');
    const range = rangeText(pin.earliest, pin.latest, r.timeZone);
    if (range) out.push(`${t('findings.report.range')}: ${range}`, '');
    out.push(...fenced(pin.spl, 'spl'), '');
    // Only a PNG as the chart code makes it: any other address would be fetched by the viewer.
    if (s.image && isPngDataUrl(s.image)) {
      out.push(`![${text(t('findings.pins.chartImage', { title: pin.title }))}](${s.image})`, '');
    }
    if (s.time !== undefined) out.push(`**${text(s.time)}**`, '');
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
    for (const note of r.notes) out.push(`### ${text(note.step)}`, '', safeMarkdown(note.text), '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
