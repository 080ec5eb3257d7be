/**
 * A byte order mark before CSV: without it, a spreadsheet on a Japanese (or any non-UTF-8)
 * Windows reads the file in the local code page and shows CJK text as mojibake.
 */
export const CSV_BOM = '\uFEFF';

/** Saves text as a file through the browser's download, without any request. */
export function download(text: string, name: string, type: string): void {
  const parts = type === 'text/csv' ? [CSV_BOM, text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
