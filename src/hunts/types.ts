/**
 * A hunt is content, not code: these types describe it so that the workbook can render it, the
 * hunt check can run it, and a trainer can write a new one without touching any logic.
 */

/** Markdown text. The UI renders it as text, never as HTML (log data and content are untrusted). */
export type Markdown = string;

/**
 * The design's panels, in the order a hunt is told. A hunt may leave one out and may have any
 * number of clusters, each named by the hunt ("Cluster 1", "Transactions").
 */
export type StepKind =
  'hypothesis' | 'data' | 'time-series' | 'cluster' | 'loose-ends' | 'findings';

export const STEP_KINDS: readonly StepKind[] = [
  'hypothesis',
  'data',
  'time-series',
  'cluster',
  'loose-ends',
  'findings',
];

/** One section of a hunt: a panel of the design, with its steps. */
export interface HuntSection {
  kind: StepKind;
  /** The hunt's own name for it; absent: the UI names it after its kind (and number). */
  title?: string;
  /** Ids of its steps, in order. */
  stepIds: string[];
}

/** How a search's results are best shown. */
export type SearchView = 'events' | 'table' | 'statistics' | 'timechart' | 'side-by-side';

/**
 * A window of time as absolute instants (ISO 8601 with an explicit offset), so that it means the
 * same moment whichever time zone the user picks; the label says it in the hunt's own zone.
 * `earliest` is inclusive, `latest` exclusive, as in Splunk.
 */
export interface TimeRange {
  label: string;
  earliest: string;
  latest: string;
}

export interface Technique {
  /** MITRE ATT&CK id, e.g. `T1048`. */
  id: string;
  name: string;
}

/**
 * How a side-by-side view splits one result into column groups: by the values of a field (one
 * group per `src`), or by the `appendcols` convention where the second group's columns carry a
 * suffix (`src_s`, `method_s`).
 */
export type SideBySide = { field: string } | { suffix: string };

export interface HuntSearch {
  /** Unique within the hunt; questions refer to it. */
  id: string;
  title: string;
  spl: string;
  view: SearchView;
  /** Runs over this window instead of the step's or the hunt's. */
  timeRange?: TimeRange;
  /** For `side-by-side`. */
  split?: SideBySide;
  /** What the user should notice in the results. */
  notice: Markdown;
  /** Line in the hunt file, for messages. */
  line?: number;
}

/** Picks rows by a field: equal to the value, case-insensitively; `*` in it is a wildcard. */
export interface RowFilter {
  field: string;
  equals: string | number;
}

/**
 * How an answer is read off a search's results:
 * - `rowCount`: how many rows there are (after `where`, if given);
 * - `field`: the value of a field in the `row`-th row (0 when absent) of the matching rows;
 * - `distinct`: how many distinct values a field has;
 * - `sum`: the sum of a numeric field;
 * - `valuesOf`: the set of a field's values.
 */
export type DeriveRule =
  | { rowCount: true; where?: RowFilter }
  | { field: string; row?: number; where?: RowFilter }
  | { distinct: string; where?: RowFilter }
  | { sum: string; where?: RowFilter }
  | { valuesOf: string; where?: RowFilter };

export interface Derivation {
  /** Id of a search in the same hunt. */
  search: string;
  rule: DeriveRule;
}

interface QuestionBase {
  /** Unique within the hunt. */
  id: string;
  prompt: Markdown;
  /** Given one at a time, mildest first. */
  hints: Markdown[];
  /** Shown with the answer when the user reveals it or gets it right. */
  explanation: Markdown;
  /**
   * Where the data shows the answer. Absent for questions of judgement (why, which technique),
   * which the hunt check lists as not checkable against data.
   */
  derive?: Derivation;
  /** Line in the hunt file, for messages. */
  line?: number;
}

export interface ChoiceOption {
  id: string;
  label: Markdown;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: ChoiceOption[];
  /** Id of the right option. A derived value picks the option whose id it equals. */
  answer: string;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  answer: number;
  /** Accepted distance from the answer; 0 when absent. */
  tolerance?: number;
}

export interface ValueQuestion extends QuestionBase {
  kind: 'value';
  /** The answer as shown when revealed. */
  answer: string;
  /** Other spellings that are just as right (a short name for a full path, a date format). */
  accept?: string[];
}

export interface SetQuestion extends QuestionBase {
  kind: 'set';
  answer: string[];
}

export type Question = ChoiceQuestion | NumberQuestion | ValueQuestion | SetQuestion;

export interface HuntStep {
  /** Unique within the hunt; used in URLs. */
  id: string;
  /** Its section's kind. */
  kind: StepKind;
  /** Index of its section in `Hunt.sections`. */
  section: number;
  title: string;
  narrative: Markdown;
  /** A window the step zooms to, which the UI offers to apply; its searches run over it. */
  timeRange?: TimeRange;
  searches: HuntSearch[];
  questions: Question[];
  /**
   * For the trainer only: timing, what to ask the room, pitfalls. Shown in the speaker window,
   * never on the screen the room sees.
   */
  trainerNotes?: Markdown;
  /** Line in the hunt file, for messages. */
  line?: number;
}

/** A lookup table the hunt's searches use (`| lookup <name> ...`). */
export interface HuntLookup {
  name: string;
  description: Markdown;
}

/** Where the hunt shows something: a step, and one of its searches when a search shows it. */
export interface FindingLink {
  stepId: string;
  searchId?: string;
}

/** The hypothesis's fate, as the hunt sees it and as the learner may judge it. */
export type Verdict = 'confirmed' | 'refuted' | 'open';

/** The four corners of the Diamond model of intrusion analysis. */
export interface DiamondModel {
  adversary: Markdown;
  capability: Markdown;
  infrastructure: Markdown;
  victim: Markdown;
}

/** An indicator the hunt itself names, with where it shows. */
export interface IndicatorSeed {
  value: string;
  seen: FindingLink;
}

/**
 * What the hunt concludes, as data the findings panel starts from: the learner may change the
 * verdict, the Diamond model and the checklist, and adds pins and notes of their own.
 */
export interface HuntFindings {
  verdict: Verdict;
  reasons: Markdown[];
  learned: { text: Markdown; links: FindingLink[] }[];
  diamond: DiamondModel;
  operationalise: { id: string; text: Markdown }[];
  indicators: IndicatorSeed[];
}

/**
 * A search macro as in Splunk's macros.conf: `[name(n)]` with `args`, `definition`, `iseval`,
 * `validation` and `errormsg`. Kept with the hunt; the searches may use them as `` `name(a,b)` ``.
 */
export interface HuntMacro {
  name: string;
  args: string[];
  definition: string;
  iseval: boolean;
  validation?: string;
  errormsg?: string;
  description?: string;
}

/** A language the hunt's texts are written in, and the share of its texts that have it. */
export interface HuntLanguage {
  code: string;
  /** 1 for the hunt's default language; 0-1 for a translation. */
  share: number;
}

export interface Hunt {
  /** Used in URLs and as the key of the learner's progress. */
  id: string;
  /** The author's version label, shown in the library; any text. */
  version?: string;
  /** The language the texts below are in (the UI's, or the hunt's default when it lacks it). */
  language: string;
  /** The hunt's default language: every text has it. */
  defaultLanguage: string;
  languages: HuntLanguage[];
  title: string;
  summary: Markdown;
  techniques: Technique[];
  /** The data the hunt needs. */
  sourcetypes: string[];
  lookups: HuntLookup[];
  /**
   * IANA zone the hunt's times are told in, and how the workshop names it, without an offset: the
   * overview adds the one in force, named as everywhere else.
   */
  timeZone: { id: string; label: string };
  timeRange: TimeRange;
  sections: HuntSection[];
  /** Every step of every section, in order. */
  steps: HuntStep[];
  /** What the hunt concludes; the findings panel starts from it. */
  findings?: HuntFindings;
  macros: HuntMacro[];
}
