/**
 * Writes a trainer's own notes into a hunt file's text, for export: each step's `trainerNotes`
 * is set through the YAML document, so the rest of the file (comments, anchors, layout) stays
 * as the author wrote it.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap } from 'yaml';
import { DEFAULT_LANGUAGE } from './file-types';

function block(text: string): Scalar {
  const node = new Scalar(text.endsWith('\n') ? text : `${text}\n`);
  node.type = Scalar.BLOCK_LITERAL;
  return node;
}

/**
 * The file with `notes` (step id to Markdown) as those steps' trainer notes, in `language`: a
 * note replaces the text in that language and keeps the other translations.
 */
export function withTrainerNotes(
  text: string,
  notes: Readonly<Record<string, string>>,
  language: string,
): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error('the hunt file does not read as YAML');
  const main = String(doc.get('language') ?? DEFAULT_LANGUAGE);
  const sections = doc.get('sections');
  if (!isSeq(sections)) return text;
  for (const section of sections.items) {
    const steps = isMap(section) ? section.get('steps') : null;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const id = step.get('id');
      if (typeof id !== 'string' || !Object.hasOwn(notes, id)) continue;
      setNote(step, notes[id], language, main);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function setNote(step: YAMLMap, note: string, language: string, main: string): void {
  const current = step.get('trainerNotes', true);
  if (isMap(current)) {
    current.set(language, block(note));
    return;
  }
  if (language === main || current === undefined) {
    step.set('trainerNotes', block(note));
    return;
  }
  // A plain text is in the hunt's language; a note in another becomes its translation.
  const map = new YAMLMap();
  map.set(main, block(isScalar(current) ? String(current.value) : ''));
  map.set(language, block(note));
  step.set('trainerNotes', map);
}
