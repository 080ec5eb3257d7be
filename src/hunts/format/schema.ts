/**
 * The hunt file format, `hunt/1`, as a JSON Schema (draft 2020-12). It is the one source of the
 * format's shape: the app and `check-hunts` validate with it (schema-check.ts), and
 * `public/hunts/hunt.schema.json` is this object written out, for editors to validate and
 * complete with (a test keeps the two equal; `npm run check-hunts -- --write-schema` rewrites it).
 * Rules the schema cannot say (ids unique, answers among the options, links that lead somewhere)
 * are in rules.ts. `patternErrorMessage` (read by VS Code's YAML and JSON support) says in words
 * what a pattern wants.
 */

export const HUNT_FORMAT = 'hunt/1';

const text = { $ref: '#/$defs/text' };
const id = { $ref: '#/$defs/id' };
const range = { $ref: '#/$defs/timeRange' };
const scalar = { type: ['string', 'number'] };

export const HUNT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'hunt.schema.json',
  title: 'Hunting Workbook hunt',
  description:
    'A guided threat hunt: hypothesis, data, time series, clusters, loose ends, findings. See docs/authoring.md.',
  type: 'object',
  required: ['format', 'id', 'title', 'summary', 'timeZone', 'timeRange', 'sections'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    $schema: { type: 'string' },
    format: { const: HUNT_FORMAT, description: 'The version of this file format.' },
    id: { ...id, description: 'Names the hunt in addresses and keys the learner’s progress.' },
    version: { ...scalar, description: 'The author’s version of this hunt, shown in the library.' },
    language: {
      $ref: '#/$defs/languageCode',
      description: 'The language every text is written in (default en); translations add others.',
    },
    title: text,
    summary: text,
    techniques: { type: 'array', items: { $ref: '#/$defs/technique' } },
    data: {
      type: 'object',
      additionalProperties: false,
      description: 'The data the hunt needs.',
      properties: {
        sourcetypes: { type: 'array', items: { type: 'string', minLength: 1 } },
        lookups: { type: 'array', items: { $ref: '#/$defs/lookup' } },
      },
    },
    timeZone: {
      type: 'object',
      required: ['id', 'label'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, description: 'IANA zone, e.g. America/Los_Angeles.' },
        label: text,
      },
    },
    timeRange: range,
    macros: { type: 'array', items: { $ref: '#/$defs/macro' } },
    sections: { type: 'array', minItems: 1, items: { $ref: '#/$defs/section' } },
    findings: { $ref: '#/$defs/findings' },
  },
  $defs: {
    languageCode: {
      type: 'string',
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      patternErrorMessage: 'a language code such as en, ja or pt-BR',
    },
    text: {
      description: 'Markdown text: a string, or a map of language code to string.',
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          minProperties: 1,
          propertyNames: { $ref: '#/$defs/languageCode' },
          additionalProperties: { type: 'string' },
        },
      ],
    },
    id: {
      type: 'string',
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      patternErrorMessage:
        'an id: lower-case letters and digits, joined by single hyphens (cluster-1)',
      maxLength: 100,
    },
    instant: {
      type: 'string',
      description: 'ISO 8601 with an offset, e.g. 2017-08-23T16:00:00-07:00.',
      pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$',
      patternErrorMessage: 'a time with its offset, such as 2017-08-23T16:00:00-07:00',
    },
    timeRange: {
      type: 'object',
      required: ['label', 'earliest', 'latest'],
      additionalProperties: false,
      properties: {
        label: text,
        earliest: { $ref: '#/$defs/instant' },
        latest: { $ref: '#/$defs/instant' },
      },
    },
    technique: {
      type: 'object',
      required: ['id', 'name'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
          pattern: '^T\\d{4}(\\.\\d{3})?$',
          patternErrorMessage: 'an ATT&CK technique id such as T1048 or T1059.001',
        },
        name: text,
      },
    },
    lookup: {
      type: 'object',
      required: ['name', 'description'],
      additionalProperties: false,
      properties: { name: { type: 'string', minLength: 1 }, description: text },
    },
    macro: {
      type: 'object',
      description: 'A search macro, as a stanza of Splunk’s macros.conf.',
      required: ['name', 'definition'],
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
          patternErrorMessage: 'a macro name: letters, digits, _ and -',
        },
        args: {
          type: 'array',
          items: {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            patternErrorMessage: 'an argument name: letters, digits and _',
          },
        },
        definition: { type: 'string', minLength: 1 },
        iseval: { type: 'boolean' },
        validation: { type: 'string', minLength: 1 },
        errormsg: { type: 'string', minLength: 1 },
        description: text,
      },
    },
    section: {
      type: 'object',
      required: ['kind', 'steps'],
      additionalProperties: false,
      properties: {
        kind: {
          enum: ['hypothesis', 'data', 'time-series', 'cluster', 'loose-ends', 'findings'],
        },
        title: text,
        steps: { type: 'array', minItems: 1, items: { $ref: '#/$defs/step' } },
      },
    },
    step: {
      type: 'object',
      required: ['id', 'title', 'narrative'],
      additionalProperties: false,
      properties: {
        id,
        title: text,
        narrative: text,
        timeRange: range,
        trainerNotes: text,
        searches: { type: 'array', items: { $ref: '#/$defs/search' } },
        questions: { type: 'array', items: { $ref: '#/$defs/question' } },
      },
    },
    search: {
      type: 'object',
      required: ['id', 'title', 'spl', 'view', 'notice'],
      additionalProperties: false,
      properties: {
        id,
        title: text,
        spl: { type: 'string', minLength: 1 },
        view: { enum: ['events', 'table', 'statistics', 'timechart', 'side-by-side'] },
        timeRange: range,
        split: {
          anyOf: [
            {
              type: 'object',
              required: ['field'],
              additionalProperties: false,
              properties: { field: { type: 'string', minLength: 1 } },
            },
            {
              type: 'object',
              required: ['suffix'],
              additionalProperties: false,
              properties: { suffix: { type: 'string', minLength: 1 } },
            },
          ],
        },
        notice: text,
      },
    },
    option: {
      type: 'object',
      required: ['id', 'label'],
      additionalProperties: false,
      properties: { id: { type: 'string', minLength: 1 }, label: text },
    },
    derive: {
      type: 'object',
      description: 'How the answer is read off a search’s results: exactly one rule.',
      required: ['search'],
      additionalProperties: false,
      properties: {
        search: id,
        rowCount: { const: true },
        field: { type: 'string', minLength: 1 },
        row: { type: 'integer', minimum: 0 },
        distinct: { type: 'string', minLength: 1 },
        sum: { type: 'string', minLength: 1 },
        valuesOf: { type: 'string', minLength: 1 },
        where: {
          type: 'object',
          required: ['field', 'equals'],
          additionalProperties: false,
          properties: { field: { type: 'string', minLength: 1 }, equals: scalar },
        },
      },
      oneOf: [
        { required: ['rowCount'] },
        { required: ['field'] },
        { required: ['distinct'] },
        { required: ['sum'] },
        { required: ['valuesOf'] },
      ],
    },
    accept: {
      description: 'Other right spellings: a list, or a map of language code to list.',
      anyOf: [
        { type: 'array', items: scalar },
        {
          type: 'object',
          propertyNames: { $ref: '#/$defs/languageCode' },
          additionalProperties: { type: 'array', items: scalar },
        },
      ],
    },
    question: {
      type: 'object',
      required: ['id', 'kind', 'prompt', 'hints', 'explanation', 'answer'],
      additionalProperties: false,
      properties: {
        id,
        kind: { enum: ['choice', 'number', 'value', 'set'] },
        prompt: text,
        hints: { type: 'array', minItems: 1, items: text },
        explanation: text,
        derive: { $ref: '#/$defs/derive' },
        options: { type: 'array', minItems: 2, items: { $ref: '#/$defs/option' } },
        answer: true,
        tolerance: { type: 'number', minimum: 0 },
        accept: { $ref: '#/$defs/accept' },
      },
      allOf: [
        {
          if: { properties: { kind: { const: 'choice' } } },
          then: {
            required: ['options'],
            properties: {
              answer: { type: 'string', minLength: 1 },
              tolerance: false,
              accept: false,
            },
          },
        },
        {
          if: { properties: { kind: { const: 'number' } } },
          then: { properties: { answer: { type: 'number' }, options: false, accept: false } },
        },
        {
          if: { properties: { kind: { const: 'value' } } },
          then: {
            properties: {
              answer: { type: ['string', 'number'], minLength: 1 },
              options: false,
              tolerance: false,
            },
          },
        },
        {
          if: { properties: { kind: { const: 'set' } } },
          then: {
            properties: {
              answer: { type: 'array', minItems: 1, items: scalar },
              options: false,
              tolerance: false,
              accept: false,
            },
          },
        },
      ],
    },
    link: {
      type: 'object',
      required: ['step'],
      additionalProperties: false,
      properties: { step: id, search: id },
    },
    findings: {
      type: 'object',
      required: ['verdict', 'reasons', 'diamond'],
      additionalProperties: false,
      properties: {
        verdict: { enum: ['confirmed', 'refuted', 'open'] },
        reasons: { type: 'array', minItems: 1, items: text },
        learned: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'links'],
            additionalProperties: false,
            properties: {
              text,
              links: { type: 'array', minItems: 1, items: { $ref: '#/$defs/link' } },
            },
          },
        },
        diamond: {
          type: 'object',
          required: ['adversary', 'capability', 'infrastructure', 'victim'],
          additionalProperties: false,
          properties: { adversary: text, capability: text, infrastructure: text, victim: text },
        },
        operationalise: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'text'],
            additionalProperties: false,
            properties: { id, text },
          },
        },
        indicators: {
          type: 'array',
          items: {
            type: 'object',
            required: ['value', 'seen'],
            additionalProperties: false,
            properties: { value: { type: 'string', minLength: 1 }, seen: { $ref: '#/$defs/link' } },
          },
        },
      },
    },
  },
} as const;
