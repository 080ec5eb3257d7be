import { getLocale, t } from '../../i18n/messages';
import { escapeHtml } from './escape';
import { rangeText } from './markdown';
import { markdownHtml } from './md/html';
import type { Report } from './model';
import { isPngDataUrl } from './pins';

const CORNERS = ['adversary', 'capability', 'infrastructure', 'victim'] as const;

/** Learner text inside a list item or a definition. */
const inline = (text: string) => markdownHtml(text, { compact: true });

function table(columns: string[], rows: string[][], className = ''): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((_, i) => `<td>${escapeHtml(r[i] ?? '')}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll"><table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem}h2{border-bottom:1px solid #d1d5db;padding-bottom:.2rem;margin-top:2rem}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
pre{background:#f3f4f6;padding:.6rem;white-space:pre-wrap;overflow-wrap:anywhere}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #d1d5db;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f9fafb}.indicators td:first-child{white-space:nowrap}.verdict{font-size:1.3rem;font-weight:700}
.pin{border:1px solid #d1d5db;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.muted{color:#4b5563}img{max-width:100%;height:auto;border:1px solid #e5e7eb}
ul.checklist{list-style:none;padding-left:0}
.note,dd,li{overflow-wrap:anywhere}h4,h5,h6{margin:1rem 0 .3rem}.url{color:#4b5563}
blockquote{margin:.5rem 0;padding-left:.8rem;border-left:3px solid #d1d5db;color:#374151}
`;

/**
 * The report as one HTML file that needs nothing else: inline style, charts as data URLs, no
 * script, and a policy that forbids scripts and every request should anything slip through.
 */
export function reportHtml(r: Report): string {
  const f = r.findings;
  const title = t('findings.report.title', { hunt: r.huntTitle });
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${getLocale() === 'ja' ? 'ja' : 'en'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${escapeHtml(t('findings.report.exported', { time: r.exportedAt.toISOString() }))}</p>`,
    `<h2>${escapeHtml(t('findings.verdict'))}</h2>`,
    `<p class="verdict" data-verdict="${escapeHtml(f.verdict)}">${escapeHtml(t(`findings.verdict.${f.verdict}`))}</p>`,
    `<ul>${f.reasons.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>`,
  ];
  if (r.learned.length > 0) {
    parts.push(`<h2>${escapeHtml(t('findings.learned'))}</h2><ul>`);
    for (const item of r.learned) {
      parts.push(
        `<li>${inline(item.text)} <span class="muted">(${escapeHtml(item.links.join('; '))})</span></li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push(`<h2>${escapeHtml(t('findings.diamond'))}</h2><dl>`);
  for (const c of CORNERS) {
    parts.push(`<dt><strong>${escapeHtml(t(`findings.diamond.${c}`))}</strong></dt>`);
    parts.push(`<dd>${inline(f.diamond[c])}</dd>`);
  }
  parts.push('</dl>', `<h2>${escapeHtml(t('findings.indicators'))}</h2>`);
  parts.push(
    r.indicators.length === 0
      ? `<p>${escapeHtml(t('findings.indicators.none'))}</p>`
      : table(
          [
            t('findings.indicators.kind'),
            t('findings.indicators.value'),
            t('findings.indicators.seen'),
          ],
          r.indicators.map((i) => [i.kind, i.value, i.seen.join('; ')]),
          'indicators',
        ),
  );
  parts.push(`<h2>${escapeHtml(t('findings.checklist'))}</h2><ul class="checklist">`);
  for (const item of f.checklist) {
    const mark = item.done ? '☑' : '☐';
    const state = t(item.done ? 'findings.report.done' : 'findings.report.todo');
    parts.push(
      `<li><span aria-label="${escapeHtml(state)}">${mark}</span> ${inline(item.text)}</li>`,
    );
  }
  parts.push('</ul>', `<h2>${escapeHtml(t('findings.pins'))}</h2>`);
  if (r.pins.length === 0) parts.push(`<p>${escapeHtml(t('findings.pins.none'))}</p>`);
  for (const pin of r.pins) {
    const s = pin.snapshot;
    parts.push(`<section class="pin" data-kind="${escapeHtml(pin.kind)}">`);
    parts.push(
      `<h3>${escapeHtml(pin.title)} <span class="muted">(${escapeHtml(t(`findings.report.kind.${pin.kind}`))})</span></h3>`,
    );
    parts.push(
      `<p class="muted">${escapeHtml(t('findings.report.where'))}: ${escapeHtml(pin.where)}`,
    );
    const range = rangeText(pin.earliest, pin.latest, r.timeZone);
    if (range) parts.push(`<br>${escapeHtml(t('findings.report.range'))}: ${escapeHtml(range)}`);
    parts.push(`</p><pre><code>${escapeHtml(pin.spl)}</code></pre>`);
    if (s.image && isPngDataUrl(s.image)) {
      const alt = t('findings.pins.chartImage', { title: pin.title });
      parts.push(`<img src="${s.image}" alt="${escapeHtml(alt)}">`);
    }
    if (s.time !== undefined) parts.push(`<p><strong>${escapeHtml(s.time)}</strong></p>`);
    if (s.raw !== undefined) parts.push(`<pre>${escapeHtml(s.raw)}</pre>`);
    if (s.fields && s.fields.length > 0)
      parts.push(table([t('results.events.field'), t('results.events.value')], s.fields));
    if (s.columns && s.rows) {
      // A chart's numbers stay folded under the picture; they open without any script.
      const data = table(s.columns, s.rows);
      parts.push(
        pin.kind === 'chart'
          ? `<details><summary>${escapeHtml(t('chart.data.show', { count: s.rows.length }))}</summary>${data}</details>`
          : data,
      );
      if (s.totalRows !== undefined && s.totalRows > s.rows.length) {
        const note = t('findings.pins.truncated', { shown: s.rows.length, total: s.totalRows });
        parts.push(`<p class="muted">${escapeHtml(note)}</p>`);
      }
    }
    parts.push('</section>');
  }
  if (r.notes.length > 0) {
    parts.push(`<h2>${escapeHtml(t('findings.notes'))}</h2>`);
    for (const note of r.notes) {
      parts.push(
        `<h3>${escapeHtml(note.step)}</h3><div class="note">${markdownHtml(note.text)}</div>`,
      );
    }
  }
  parts.push('</body></html>');
  return parts.join('\n') + '\n';
}
