/**
 * The shape of the decision tree's answers, kept apart from the tree's texts so that reading
 * stored answers (src/lib/stored.ts, on every page) does not ship the questions.
 */
export type Need = 'send' | 'services' | 'activation' | 'rereg' | 'support';
export type YesNo = 'yes' | 'no';

export interface Answers {
  needs?: Need[];
  ris?: YesNo;
  roles?: YesNo;
}

export const NEED_VALUES: readonly Need[] = ['send', 'services', 'activation', 'rereg', 'support'];

export const isNeed = (v: unknown): v is Need => NEED_VALUES.includes(v as Need);
