import { describe, expect, it } from 'vitest';
import { GUIDE_KEYS, quotedGuides, type GuideKey } from '../../site/guide-keys';
import { guideFiles, siteModel } from '../../../tests/helpers/guide-files';
import {
  STEPS,
  answeredPath,
  answersFromQuery,
  answersToQuery,
  isNeed,
  nextStep,
  prune,
  stepBack,
  type Answers,
  type QuestionId,
} from './tree';
import { NEEDS, QUESTIONS, allCompleteAnswers, nextQuestion, possibleAnswers } from './questions';
import {
  MERGED_PASSWORD_NOTE,
  PASSWORD_GUIDES,
  PASSWORD_LINK,
  RIS_UNKNOWN_NOTE,
  ROLES_OPEN,
  ROLES_RULE,
  ROLES_UNKNOWN_NOTE,
  SERVICES_CAVEAT,
  planFor,
  staticTree,
  walkAll,
  type PlanItem,
} from './plans';

const FILES = guideFiles();
const MODEL = siteModel();
const hrefs = (plan: PlanItem[]): GuideKey[] => plan.map((g) => g.key);
const indexOf = (id: QuestionId | 'plan') =>
  id === 'plan' ? QUESTIONS.length : QUESTIONS.findIndex((q) => q.id === id);

describe('tree shape (walkAll)', () => {
  const walk = walkAll();

  it('walks without looping', () => {
    expect(() => walkAll()).not.toThrow();
    expect(walk.edges.length).toBeGreaterThan(0);
    expect(walk.plans.length).toBeGreaterThan(0);
  });

  it('reaches every question', () => {
    const reached = new Set<QuestionId>(walk.edges.map(([from]) => from));
    for (const q of QUESTIONS) expect(reached.has(q.id), q.id).toBe(true);
  });

  it('reaches the plan', () => {
    expect(walk.edges.some(([, to]) => to === 'plan')).toBe(true);
  });

  it('only moves forward: from a question to a later question or to the plan', () => {
    for (const [from, to] of walk.edges) {
      expect(indexOf(from), `${from} is a question`).toBeGreaterThanOrEqual(0);
      expect(indexOf(to), `${from} → ${to}`).toBeGreaterThan(indexOf(from));
    }
  });

  it('gives a non-empty plan on every path', () => {
    for (const plan of walk.plans) {
      expect(plan.length).toBeGreaterThan(0);
      expect(new Set(hrefs(plan)).size).toBe(plan.length);
    }
  });

  it('uses every guide in some plan', () => {
    const used = new Set(walk.plans.flatMap(hrefs));
    for (const key of GUIDE_KEYS) expect(used.has(key), key).toBe(true);
  });

  it('ends every path at the plan with as many plans as terminal edges', () => {
    expect(walk.edges.filter(([, to]) => to === 'plan')).toHaveLength(walk.plans.length);
  });
});

describe('guides and content', () => {
  it.each(GUIDE_KEYS.map((k) => [k]))('guide key %s is declared by one MDX page', (key) => {
    expect(FILES[key], key).toBeDefined();
  });

  it('notes quote guides only by known keys', () => {
    const notes = walkAll().plans.flatMap((p) => p.flatMap((g) => (g.note ? [g.note] : [])));
    const quoted = notes.flatMap(quotedGuides);
    expect(quoted.length).toBeGreaterThan(0);
    for (const key of quoted) expect(GUIDE_KEYS).toContain(key);
  });
});

describe('STEPS (the walk the tree script carries, without texts)', () => {
  it('are the questions, in order, with the same rule and kind', () => {
    expect(STEPS.map((s) => s.id)).toEqual(QUESTIONS.map((q) => q.id));
    STEPS.forEach((s, i) => {
      expect(QUESTIONS[i]!.when).toBe(s.when);
      expect(QUESTIONS[i]!.multiple).toBe(s.multiple);
    });
  });

  it('nextStep names the question nextQuestion asks, for every reachable answer set', () => {
    const seen: Answers[] = [{}];
    for (const a of allCompleteAnswers()) seen.push(a, ...answeredPath(a).map(() => stepBack(a)));
    for (const a of seen) expect(nextStep(a)?.id).toBe(nextQuestion(a)?.id);
    expect(nextStep({ needs: ['services'], ris: 'yes' })?.id).toBe('roles');
    expect(nextStep({ needs: ['services'], ris: 'yes' })?.multiple).toBe(false);
    expect(nextStep({})?.multiple).toBe(true);
  });
});

describe('nextQuestion', () => {
  it('starts with the needs question', () => {
    expect(nextQuestion({})?.id).toBe('needs');
    expect(nextQuestion({ needs: [] })?.id).toBe('needs');
  });

  it('skips ris and roles when services are not needed', () => {
    expect(nextQuestion({ needs: ['send'] })).toBeUndefined();
    expect(nextQuestion({ needs: ['send', 'activation', 'rereg', 'support'] })).toBeUndefined();
  });

  it('asks ris when services are needed', () => {
    expect(nextQuestion({ needs: ['services'] })?.id).toBe('ris');
    expect(nextQuestion({ needs: ['send', 'services'] })?.id).toBe('ris');
  });

  it('skips roles when ris = no', () => {
    expect(nextQuestion({ needs: ['services'], ris: 'no' })).toBeUndefined();
  });

  it('asks roles when ris = yes', () => {
    expect(nextQuestion({ needs: ['services'], ris: 'yes' })?.id).toBe('roles');
    expect(nextQuestion({ needs: ['services'], ris: 'yes', roles: 'no' })).toBeUndefined();
  });

  it('offers «Не знаю» on ris with help, and it leads on to the plan', () => {
    const ris = QUESTIONS.find((q) => q.id === 'ris')!;
    expect(ris.options.map((o) => o.value)).toContain('unknown');
    expect(ris.unknownHelp).toBeTruthy();
    const answers = possibleAnswers(ris, { needs: ['services'] });
    expect(answers.map((a) => a.ris)).toEqual(['yes', 'no', 'unknown']);
    expect(nextQuestion({ needs: ['services'], ris: 'unknown' })).toBeUndefined();
  });

  it('offers every non-empty subset of needs', () => {
    const needs = QUESTIONS[0]!;
    const answers = possibleAnswers(needs, {});
    expect(answers).toHaveLength(2 ** NEEDS.length - 1);
    expect(answers.every((a) => (a.needs?.length ?? 0) > 0)).toBe(true);
  });
});

describe('answeredPath, stepBack and prune', () => {
  it('lists answered questions in order', () => {
    expect(answeredPath({})).toEqual([]);
    expect(answeredPath({ needs: ['services'], ris: 'yes', roles: 'no' })).toEqual([
      'needs',
      'ris',
      'roles',
    ]);
    expect(answeredPath({ needs: ['send'], ris: 'yes' })).toEqual(['needs']);
  });

  it('stepBack removes the last answer', () => {
    const full: Answers = { needs: ['services'], ris: 'yes', roles: 'yes' };
    const one = stepBack(full);
    expect(one).toEqual({ needs: ['services'], ris: 'yes' });
    const two = stepBack(one);
    expect(two).toEqual({ needs: ['services'] });
    expect(stepBack(two)).toEqual({});
    expect(stepBack({})).toEqual({});
  });

  it('stepBack does not mutate its argument', () => {
    const full: Answers = { needs: ['services'], ris: 'no' };
    stepBack(full);
    expect(full).toEqual({ needs: ['services'], ris: 'no' });
  });

  it('stepBack from a needs-only answer goes back to the start', () => {
    expect(stepBack({ needs: ['send', 'support'] })).toEqual({});
  });

  it('stepBack ignores stale answers that no longer apply', () => {
    // roles is stale (ris = no): the last answered question is ris.
    expect(stepBack({ needs: ['services'], ris: 'no', roles: 'yes' })).toEqual({
      needs: ['services'],
    });
  });

  it('prune drops answers that no longer apply', () => {
    expect(prune({ needs: ['send'], ris: 'yes', roles: 'yes' })).toEqual({ needs: ['send'] });
    expect(prune({ needs: ['services'], ris: 'no', roles: 'yes' })).toEqual({
      needs: ['services'],
      ris: 'no',
    });
    expect(prune({ ris: 'yes', roles: 'yes' })).toEqual({});
    expect(prune({ needs: [], ris: 'yes' })).toEqual({});
  });

  it('prune keeps answers that apply', () => {
    const full: Answers = { needs: ['services', 'send'], ris: 'yes', roles: 'no' };
    expect(prune(full)).toEqual(full);
  });
});

describe('planFor', () => {
  it('is empty while questions remain', () => {
    expect(planFor({})).toEqual([]);
    expect(planFor({ needs: ['services'] })).toEqual([]);
    expect(planFor({ needs: ['services'], ris: 'yes' })).toEqual([]);
  });

  it('rereg + send: only re-registration, which covers the password, and the plan says so', () => {
    const plan = planFor({ needs: ['send', 'rereg'] });
    expect(hrefs(plan)).toEqual(['rereg']);
    expect(plan[0]?.note).toBe(MERGED_PASSWORD_NOTE);
    expect(quotedGuides(plan[0]!.note!)).toEqual(['https', 'wtks']);
    expect(plan[0]?.note).toContain(PASSWORD_LINK);
  });

  it('send alone: https, then web-torgi-ks; rereg alone: re-registration without the note', () => {
    expect(hrefs(planFor({ needs: ['send'] }))).toEqual(['https', 'wtks']);
    expect(planFor({ needs: ['rereg'] })).toEqual([{ key: 'rereg' }]);
  });

  it('keeps the same order whatever the order of needs', () => {
    expect(planFor({ needs: ['rereg', 'send'] })).toEqual(planFor({ needs: ['send', 'rereg'] }));
  });

  it('does not repeat guides', () => {
    const plan = planFor({ needs: ['send', 'send', 'support', 'support'] });
    expect(hrefs(plan)).toEqual(['https', 'wtks', 'trouble', 'request']);
  });

  it('services + ris = yes + roles = yes adds the roles rule, what is open, and the caveat', () => {
    const plan = planFor({ needs: ['services'], ris: 'yes', roles: 'yes' });
    expect(plan).toHaveLength(1);
    expect(plan[0]?.key).toBe('ris');
    expect(plan[0]?.note).toContain(ROLES_RULE);
    expect(plan[0]?.note).toContain(ROLES_OPEN);
    expect(plan[0]?.note).toContain(SERVICES_CAVEAT);
  });

  it('services + ris = yes + roles = no gives the RIS guide with the dated caveat only', () => {
    const plan = planFor({ needs: ['services'], ris: 'yes', roles: 'no' });
    expect(plan).toEqual([{ key: 'ris', note: SERVICES_CAVEAT }]);
  });

  it('services + ris = no gives the token guide with the dated caveat', () => {
    const plan = planFor({ needs: ['services'], ris: 'no' });
    expect(plan).toEqual([{ key: 'token', note: SERVICES_CAVEAT }]);
  });

  it('services + ris = unknown gives a provisional plan: the overview and what to ask', () => {
    const plan = planFor({ needs: ['services'], ris: 'unknown' });
    expect(hrefs(plan)).toEqual(['overview']);
    expect(plan[0]?.note).toContain(RIS_UNKNOWN_NOTE);
    expect(plan[0]?.note).toMatch(/предварительный/);
    expect(plan[0]?.note).toMatch(/администраторов Системы/);
    expect(plan[0]?.note).toContain(SERVICES_CAVEAT);
  });

  it('every plan of the services path carries the 13.1 caveat with the date 30.06.2023', () => {
    expect(SERVICES_CAVEAT).toContain('30.06.2023');
    expect(SERVICES_CAVEAT).toContain('13.1');
    for (const answers of allCompleteAnswers()) {
      if (!answers.needs?.includes('services')) continue;
      const services = planFor(answers).filter((g) => ['token', 'ris', 'overview'].includes(g.key));
      expect(services, JSON.stringify(answers)).toHaveLength(1);
      expect(services[0]?.note, JSON.stringify(answers)).toContain(SERVICES_CAVEAT);
    }
  });

  it('activation gives the EDO guide with a reminder', () => {
    expect(planFor({ needs: ['activation'] })).toEqual([{ key: 'edo' }]);
  });

  it('combines everything in order', () => {
    const plan = planFor({
      needs: ['support', 'activation', 'services', 'send', 'rereg'],
      ris: 'no',
    });
    expect(hrefs(plan)).toEqual(['rereg', 'token', 'edo', 'trouble', 'request']);
  });
});

describe('the password link: never twice in one plan', () => {
  const complete = allCompleteAnswers();
  /** Steps of a guide's checklist that send the reader through the password link (model texts). */
  const passwordSteps = (key: GuideKey): string[] => {
    const list = MODEL.checklists.find((l) => l.id === FILES[key]?.checklist?.id);
    return (list?.texts ?? [])
      .filter((s) => /[Нн]ажмите (гипер)?ссылку/.test(s.text) && s.text.includes(PASSWORD_LINK))
      .map((s) => s.id);
  };

  it('covers every combination of answers: 31 sets of needs, РИС and roles yes/no/«Не знаю»', () => {
    const withServices = 2 ** (NEEDS.length - 1);
    const without = 2 ** NEEDS.length - 1 - withServices;
    // services: ris yes (roles yes/no/unknown) + no + unknown = 5 endings each.
    expect(complete).toHaveLength(without + withServices * 5);
    expect(complete).toHaveLength(walkAll().plans.length);
    expect(new Set(complete.map((a) => answersToQuery(a))).size).toBe(complete.length);
  });

  it('marks exactly the guides whose steps press the password link', () => {
    for (const key of GUIDE_KEYS) {
      const steps = passwordSteps(key);
      expect(steps.length, key).toBeLessThanOrEqual(1);
      expect(PASSWORD_GUIDES.includes(key), `${key}: ${steps.join(', ')}`).toBe(steps.length === 1);
    }
    expect(passwordSteps('https')).toEqual(['https-click-alt-integration-link']);
    expect(passwordSteps('rereg')).toEqual(['rereg-click-alt-integration-link']);
  });

  it.each(complete.map((a) => [answersToQuery(a), a] as const))(
    '%s: the plan sends the reader through the password link at most once',
    (_query, answers) => {
      const plan = planFor(answers);
      const through = plan.filter((g) => passwordSteps(g.key).length > 0);
      expect(through.length, hrefs(plan).join(' → ')).toBeLessThanOrEqual(1);
      const needs = new Set(answers.needs);
      if (needs.has('send') || needs.has('rereg')) expect(through).toHaveLength(1);
      if (needs.has('send') && needs.has('rereg'))
        expect(through[0]?.note).toContain(MERGED_PASSWORD_NOTE);
    },
  );
});

describe('query string', () => {
  it('is empty for no answers', () => {
    expect(answersToQuery({})).toBe('');
    expect(answersFromQuery('')).toEqual({});
  });

  it('encodes answers', () => {
    expect(answersToQuery({ needs: ['send', 'services'], ris: 'yes', roles: 'no' })).toBe(
      '?need=send%2Cservices&ris=yes&roles=no',
    );
  });

  it('round-trips every complete path', () => {
    const complete = allCompleteAnswers();
    expect(complete.length).toBe(walkAll().plans.length);
    for (const answers of complete) {
      expect(answersFromQuery(answersToQuery(answers))).toEqual(answers);
    }
  });

  it('round-trips partial answers', () => {
    for (const answers of [{ needs: ['services'] }, { needs: ['services'], ris: 'yes' }] as const) {
      const copy: Answers = { ...answers, needs: [...answers.needs] };
      expect(answersFromQuery(answersToQuery(copy))).toEqual(copy);
    }
  });

  it('tolerates garbage', () => {
    expect(answersFromQuery('?need=foo,send&ris=maybe')).toEqual({ needs: ['send'] });
    expect(answersFromQuery('need=send,send,,services&ris=no')).toEqual({
      needs: ['send', 'services'],
      ris: 'no',
    });
    expect(answersFromQuery('?ris=yes&roles=yes')).toEqual({});
    expect(answersFromQuery('?need=send&ris=yes&roles=yes')).toEqual({ needs: ['send'] });
    expect(answersFromQuery('?need=&ris=')).toEqual({});
    expect(answersFromQuery('?need=%E2%9C%93&x=1&&&')).toEqual({});
    expect(answersFromQuery('?need=SEND')).toEqual({});
    expect(answersFromQuery('?need=services&ris=unknown&roles=yes')).toEqual({
      needs: ['services'],
      ris: 'unknown',
    });
    expect(answersFromQuery('?need=services&ris=UNKNOWN')).toEqual({ needs: ['services'] });
  });

  it('isNeed accepts only known needs', () => {
    for (const n of NEEDS) expect(isNeed(n.value)).toBe(true);
    expect(isNeed('foo')).toBe(false);
    expect(isNeed(undefined)).toBe(false);
  });
});

describe('the tree without JS (staticTree)', () => {
  const sections = staticTree();

  it('has a section for every need, with its question options and a plan on every path', () => {
    for (const need of NEEDS) {
      const section = sections.find((s) => s.title.startsWith(need.label));
      expect(section, need.value).toBeDefined();
      for (const path of section!.paths) expect(path.plan.length).toBeGreaterThan(0);
    }
    const services = sections.find((s) => s.title === NEEDS[1]!.label)!;
    expect(services.questions).toEqual([QUESTIONS[1]!.title, QUESTIONS[2]!.title]);
    // Each answer after its question in short, never a bare «Да, Да».
    const RIS = 'Система зарегистрирована как РИС';
    const ROLE = 'есть роль «Уполномоченный орган» или «Уполномоченное учреждение»';
    expect(services.paths.map((p) => p.answers)).toEqual([
      [`${RIS}: да`, `${ROLE}: да`],
      [`${RIS}: да`, `${ROLE}: нет`],
      [`${RIS}: да`, `${ROLE}: не знаю`],
      [`${RIS}: нет`],
      [`${RIS}: не знаю`],
    ]);
  });

  it('shows, for each single need, the plans written out here (keys and notes)', () => {
    const label = (need: string) => NEEDS.find((n) => n.value === need)!.label;
    const paths = (need: string) => sections.find((s) => s.title === label(need))!.paths;
    const keys = (need: string) => paths(need).map((p) => p.plan.map((g) => g.key));
    expect(keys('send')).toEqual([['https', 'wtks']]);
    expect(keys('services')).toEqual([['ris'], ['ris'], ['ris'], ['token'], ['overview']]);
    expect(keys('activation')).toEqual([['edo']]);
    expect(keys('rereg')).toEqual([['rereg']]);
    expect(keys('support')).toEqual([['trouble', 'request']]);
    const notes = paths('services').map((p) => p.plan[0]!.note ?? '');
    expect(notes[0]).toBe([ROLES_RULE, ROLES_OPEN].join(' '));
    expect(notes[1]).toBe('');
    // «Не знаю» on the roles: the rule with its condition, then once what the source leaves open
    // (how to tell, what changes in the steps) and whom to ask.
    expect(notes[2]).toBe([ROLES_RULE, ROLES_UNKNOWN_NOTE].join(' '));
    expect(notes[3]).toBe('');
    expect(notes[4]).toBe(RIS_UNKNOWN_NOTE);
    // The 13.1 caveat: once after the section's list, not after each of its five paths.
    const services = sections.find((s) => s.title === label('services'))!;
    expect(services.caveat).toBe(SERVICES_CAVEAT);
    expect(sections.filter((s) => s.caveat)).toEqual([services]);
    for (const need of ['send', 'activation', 'rereg', 'support'])
      for (const p of paths(need))
        expect(
          p.plan.every((g) => !g.note),
          need,
        ).toBe(true);
  });

  it('adds the send + re-registration combination, where one guide replaces two', () => {
    const combos = sections.slice(NEEDS.length);
    expect(combos).toHaveLength(1);
    expect(combos[0]!.paths).toEqual([
      { answers: [], plan: [{ key: 'rereg', note: MERGED_PASSWORD_NOTE }] },
    ]);
  });
});
