/**
 * A hunt file as written (`hunt/1`), once it has passed the schema: texts may still carry
 * several languages. resolve.ts turns it into the `Hunt` the app shows, in one language.
 */
import type { SearchView, StepKind, Verdict } from '../types';

/** Markdown, in the hunt's default language or as `{ en: ..., ja: ... }`. */
export type Text = string | Readonly<Record<string, string>>;

export interface RangeFile {
  label: Text;
  earliest: string;
  latest: string;
}

export interface SearchFile {
  id: string;
  title: Text;
  spl: string;
  view: SearchView;
  timeRange?: RangeFile;
  split?: { field: string } | { suffix: string };
  notice: Text;
}

export interface DeriveFile {
  search: string;
  rowCount?: true;
  field?: string;
  row?: number;
  distinct?: string;
  sum?: string;
  valuesOf?: string;
  where?: { field: string; equals: string | number };
}

export type Scalar = string | number;

export interface QuestionFile {
  id: string;
  kind: 'choice' | 'number' | 'value' | 'set';
  prompt: Text;
  hints: Text[];
  explanation: Text;
  derive?: DeriveFile;
  options?: { id: string; label: Text }[];
  answer: Scalar | Scalar[];
  tolerance?: number;
  accept?: Scalar[] | Readonly<Record<string, Scalar[]>>;
}

export interface StepFile {
  id: string;
  title: Text;
  narrative: Text;
  timeRange?: RangeFile;
  trainerNotes?: Text;
  searches?: SearchFile[];
  questions?: QuestionFile[];
}

export interface SectionFile {
  kind: StepKind;
  title?: Text;
  steps: StepFile[];
}

export interface LinkFile {
  step: string;
  search?: string;
}

export interface FindingsFile {
  verdict: Verdict;
  reasons: Text[];
  learned?: { text: Text; links: LinkFile[] }[];
  diamond: { adversary: Text; capability: Text; infrastructure: Text; victim: Text };
  operationalise?: { id: string; text: Text }[];
  indicators?: { value: string; seen: LinkFile }[];
}

export interface MacroFile {
  name: string;
  args?: string[];
  definition: string;
  iseval?: boolean;
  validation?: string;
  errormsg?: string;
  description?: Text;
}

export interface HuntFile {
  format: 'hunt/1';
  id: string;
  version?: Scalar;
  language?: string;
  title: Text;
  summary: Text;
  techniques?: { id: string; name: Text }[];
  data?: { sourcetypes?: string[]; lookups?: { name: string; description: Text }[] };
  timeZone: { id: string; label: Text };
  timeRange: RangeFile;
  macros?: MacroFile[];
  sections: SectionFile[];
  findings?: FindingsFile;
}

/** The default language of a hunt that names none. */
export const DEFAULT_LANGUAGE = 'en';
