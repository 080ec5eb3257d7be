type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A text, or plural forms chosen by the `count` parameter through Intl.PluralRules. */
export type Message = string | PluralForms;
