/**
 * The shape of the decision tree's answers, kept apart from the tree's texts so that reading
 * stored answers (src/lib/storage/stored.ts, on every page) does not ship the questions.
 */
/** «unknown» is the first question's «Не знаю»; it comes last so older plan codes keep their bits. */
export type Need = 'send' | 'services' | 'activation' | 'rereg' | 'support' | 'unknown';
export type YesNo = 'yes' | 'no';
/**
 * The РИС and roles questions also take «Не знаю»: the plan then says what the sources leave open
 * and whom to ask.
 */
export type RisAnswer = YesNo | 'unknown';

export interface Answers {
  needs?: Need[];
  ris?: RisAnswer;
  /** Same values as `ris` (checked by isRisAnswer too). */
  roles?: RisAnswer;
}

export const NEED_VALUES: readonly Need[] = [
  'send',
  'services',
  'activation',
  'rereg',
  'support',
  'unknown',
];

export const isNeed = (v: unknown): v is Need => NEED_VALUES.includes(v as Need);

export const isRisAnswer = (v: unknown): v is RisAnswer =>
  v === 'yes' || v === 'no' || v === 'unknown';
