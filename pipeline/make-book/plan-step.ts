import { BadInputError, ProviderError, throwIfCancelled } from '../errors';
import { SceneSchema, StoryBibleSchema } from '../model';
import type { BookRun } from './book-run';
import { now } from './book-run';
import { tagFailure } from './step-failure';
import { storyText } from './story-step';
import { untilAborted } from './until-aborted';

/** Splits the story into scenes and builds the story bible; records scenes, bible, title, language. */
export async function planStep(run: BookRun): Promise<void> {
  const manifest = run.recorder.current;
  if (manifest.steps.plan) {
    run.progress.planned(manifest.scenes.length);
    run.emit({ type: 'book:planned', title: manifest.title ?? '', scenes: manifest.scenes, bible: manifest.bible });
    return;
  }
  throwIfCancelled(run.signal);
  const text = await storyText(run);
  if (!text.trim()) throw new BadInputError('the story is empty: there is nothing to make a book from');
  const planner = run.providers!.planner;
  const { options } = manifest.request;
  const plan = await tagFailure({ what: 'planning the scenes', scene: null, provider: planner.provider }, () =>
    untilAborted(planner.plan({ text, language: options.language, title: manifest.title ?? undefined, targetScenes: options.targetScenes, style: options.style, signal: run.signal }), run.signal),
  );
  if (plan.scenes.length === 0) throw new BadInputError('no scenes could be made from the story: is there any text in it?');
  const checked = SceneSchema.array().safeParse(plan.scenes);
  const bible = StoryBibleSchema.safeParse(plan.bible);
  if (!checked.success || !bible.success) {
    const issue = (checked.error ?? bible.error)!.issues[0];
    throw new ProviderError({ provider: planner.provider, retryable: false, message: `the planner (${planner.provider}) returned an invalid plan: ${issue.path.join('.')}: ${issue.message}` });
  }
  await run.recorder.record((book) => {
    book.title = plan.title || book.title;
    book.language = plan.language || book.language;
    book.scenes = checked.data;
    book.bible = bible.data;
    book.steps.scenes = checked.data.map(() => ({ picture: null, narration: null }));
    book.steps.plan = { provider: planner.provider, model: planner.model, warnings: plan.warnings, finishedAt: now() };
  });
  run.progress.planned(checked.data.length);
  const planned = run.recorder.current;
  run.emit({ type: 'book:planned', title: planned.title ?? '', scenes: planned.scenes, bible: planned.bible });
}
