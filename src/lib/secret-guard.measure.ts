/**
 * Precision and recall of the secret guard on its labelled corpus, for the unit test and for a
 * bench: `measureGuard()` returns the numbers for the tuning and the held-out parts.
 * Test and bench code only; the site never imports it.
 */
import { heldOut, tuning, type CorpusPart } from './secret-guard.corpus';
import { judgeLabel, MAX_CHECKED, type Judgement } from './secret-guard';

/**
 * Inputs of the longest length the guard reads, each built to make one of its rules work hard: a
 * word repeated, a keyword repeated, a password repeated, digits in groups, an ЭДО operator code
 * with dashes, a run of dashes, one 2000-letter word (a pattern that backtracks from every position
 * is quadratic on it: round 17's first address rule took 6 ms here), organisation names. Their
 * time is measured by `npm run bench` (tests/build/guard-bench.test.ts), not by a test.
 */
export const HARD_INPUTS: readonly string[] = [
  'Гимназия-16 '.repeat(200),
  'пароль от '.repeat(200),
  'Qw12!xz '.repeat(250),
  '1 '.repeat(1000),
  '2 BM - '.repeat(300),
  'a-'.repeat(1000),
  'x'.repeat(MAX_CHECKED),
  Array.from({ length: 250 }, (_, i) => `Школа-${i}`).join(' '),
  // Round 27: a run of single characters (a password typed with spaces is looked for in it: read
  // from every position it would be quadratic, 26 ms here) and glued colons.
  'K '.repeat(1000),
  'a:'.repeat(1000),
  // Round 29: checksums' names (each looks up to 60 characters ahead for its value), and hex
  // after one of them.
  'md5 '.repeat(500),
  `sha256 ${'f'.repeat(MAX_CHECKED - 7)}`,
];

/** The best of `runs` times (ms) of judging each of `inputs`, after a warm-up. */
export function guardTimes(inputs: readonly string[] = HARD_INPUTS, runs = 15): number[] {
  for (let i = 0; i < 20; i += 1) for (const input of inputs) judgeLabel(input);
  return inputs.map((input) => {
    let best = Infinity;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      judgeLabel(input);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  });
}

export interface GuardNumbers {
  secrets: number;
  labels: number;
  /** Share of secrets judged 'secret' (refused outright). */
  caught: number;
  /** Share of secrets judged 'secret' or 'doubt' (refused or asked about). */
  caughtOrDoubted: number;
  /** Share of ordinary labels judged 'secret' (refused: the worse failure). */
  refused: number;
  /** Share of ordinary labels judged 'doubt' (the reader is asked before saving). */
  doubted: number;
  /** Of everything judged 'secret', the share that really is a secret. */
  precision: number;
}

export function measurePart(
  part: CorpusPart,
  judge: (text: string) => Judgement = judgeLabel,
): GuardNumbers {
  const secretVerdicts = part.secrets.map((text) => judge(text).verdict);
  const labelVerdicts = part.labels.map((text) => judge(text).verdict);
  const share = (list: string[], ...verdicts: string[]) =>
    list.length ? list.filter((v) => verdicts.includes(v)).length / list.length : 0;
  const truePositives = secretVerdicts.filter((v) => v === 'secret').length;
  const falsePositives = labelVerdicts.filter((v) => v === 'secret').length;
  return {
    secrets: part.secrets.length,
    labels: part.labels.length,
    caught: share(secretVerdicts, 'secret'),
    caughtOrDoubted: share(secretVerdicts, 'secret', 'doubt'),
    refused: share(labelVerdicts, 'secret'),
    doubted: share(labelVerdicts, 'doubt'),
    precision: truePositives / Math.max(1, truePositives + falsePositives),
  };
}

/** The guard's numbers on both parts of the corpus. */
export function measureGuard(judge?: (text: string) => Judgement): {
  tuning: GuardNumbers;
  heldOut: GuardNumbers;
} {
  return { tuning: measurePart(tuning, judge), heldOut: measurePart(heldOut, judge) };
}

/** One line for a log: «held-out: 150 secrets, caught 96.7 % (…)». */
export function formatNumbers(name: string, n: GuardNumbers): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return (
    `${name}: ${n.secrets} secrets caught ${pct(n.caught)} (secret or doubt ${pct(n.caughtOrDoubted)}), ` +
    `${n.labels} labels refused ${pct(n.refused)}, doubted ${pct(n.doubted)}, precision ${pct(n.precision)}`
  );
}
