import type { StoryPlan } from '../../pipeline/model';

/** Quotation marks that open and close, per writing tradition; used as an independent check. */
const PAIRS: [string, string][] = [['«', '»'], ['「', '」'], ['『', '』']];

/**
 * Why a scene boundary is wrong, or null when it is fine: it must follow a sentence end or a
 * line break, and no quotation may be open in the paragraph before it. A check written apart
 * from the planner's own code, so a planner bug cannot hide behind it.
 */
export function boundaryProblem(text: string, at: number): string | null {
  const before = text.slice(0, at);
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  const trimmed = before.trimEnd();
  const endsSentence = /[.!?…。！？‼][\s\p{Pe}\p{Pf}"'’”“»«」』)]*$/u.test(trimmed);
  if (!endsSentence && !/\n\s*$/.test(before)) return `scene starts mid-sentence at ${at}: "…${before.slice(-30)}|${text.slice(at, at + 30)}…"`;
  const straight = (paragraph.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && !/\n\s*$/.test(before)) return `scene starts inside a "quotation" at ${at}: "…${before.slice(-40)}|"`;
  // German opens with „ and closes with “, which opens in English.
  const curly: [string, string] = paragraph.includes('„') ? ['„', '“'] : ['“', '”'];
  for (const [open, close] of [curly, ...PAIRS]) {
    const opens = paragraph.split(open).length - 1;
    const closes = paragraph.split(close).length - 1;
    if (opens > closes && !/\n\s*$/.test(before)) return `scene starts inside a ${open}quotation${close} at ${at}: "…${before.slice(-40)}|"`;
  }
  return null;
}

/** Every problem with how the plan's scenes cover its text; empty when nothing is lost. */
export function coverageProblems(plan: StoryPlan): string[] {
  const problems: string[] = [];
  if (plan.scenes.map((scene) => scene.text).join('') !== plan.text) problems.push('the scene texts joined are not the story text');
  let offset = 0;
  for (const scene of plan.scenes) {
    if (scene.start !== offset) problems.push(`scene ${scene.index} starts at ${scene.start}, not ${offset}`);
    if (plan.text.slice(scene.start, scene.end) !== scene.text) problems.push(`scene ${scene.index}'s text is not text.slice(start, end)`);
    offset = scene.end;
  }
  if (offset !== plan.text.length) problems.push(`the scenes end at ${offset}, the text at ${plan.text.length}`);
  return problems;
}

/** Whitespace-separated words, for "nothing lost" against the original file. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The scene settings with runs of the same one collapsed: forest, forest, house → forest, house. */
export function settingRoute(plan: StoryPlan): string[] {
  return plan.scenes.map((scene) => scene.description.setting).filter((setting, index, all) => setting !== all[index - 1]);
}
