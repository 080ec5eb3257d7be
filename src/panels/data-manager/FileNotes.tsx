import type { DatasetFile } from '../../data/db/schema-types';
import { t } from '../../i18n/messages';

/**
 * What an import changed in reading each file: an encoding other than UTF-8, and characters that
 * were not valid in it (replaced by U+FFFD, never dropped silently).
 */
export function FileNotes({ files }: { files: readonly DatasetFile[] }) {
  const notes = files.flatMap((f, i) => {
    const encoding = f.encoding ?? 'UTF-8';
    const lines: { key: string; text: string }[] = [];
    if (f.encoding)
      lines.push({ key: `${i}:enc`, text: t('import.fileEncoding', { file: f.name, encoding }) });
    if (f.replaced) {
      const text = t('import.fileReplaced', { file: f.name, count: f.replaced, encoding });
      lines.push({ key: `${i}:bad`, text });
    }
    return lines;
  });
  if (notes.length === 0) return null;
  return (
    <ul className="file-notes" data-testid="file-notes">
      {notes.map((n) => (
        <li key={n.key}>{n.text}</li>
      ))}
    </ul>
  );
}
