import { LanguageTagSchema, MAX_STORY_CHARACTERS } from '../../model';
import { guessLanguage } from '../../plan/guess-language';
import { loadAllLexicons } from '../../plan/load-lexicon';
import { wordStarts } from '../../plan/word-starts';
import { EmbeddedScenePlanner } from '../../providers/embedded/embedded-scene-planner';
import { UsageError, type CliIo, type Command } from '../cli-io';
import { integerOption, parseOptions } from '../parse-options';
import { planTable } from '../plan/plan-table';
import { readStoryInput } from '../read-story-input';

const HELP = `storyloom plan — show how a story splits into scenes

Usage:
  storyloom plan <story.txt | -> [options]

Reads the story from the file (or standard input with -) and plans it with the embedded planner,
offline: the title, the scenes with their settings and characters, and the story bible. Nothing
is written to disk. A first line that is short and has no full stop is taken as the title.

Options:
  -l, --language <tag>   the story's language: en, de, fr, es (with scene descriptions), or any
                         other BCP-47 tag such as ja (scenes split, default descriptions).
                         Default: guessed from the text, English when no guess is possible.
      --scenes <n>       how many scenes (1–60). Default: chosen from the story's length,
                         about 50 words a scene for a fable up to about 140 for a long tale.
      --json             print the plan as JSON instead of a table:
                         { title, language, text, scenes, bible }. The scenes' texts joined
                         are exactly "text", the normalized story.
  -h, --help             show this help

Warnings (an unknown language, fewer sentences than --scenes) go to stderr.
The story may be up to ${MAX_STORY_CHARACTERS.toLocaleString('en-US')} characters long.`;

const OPTIONS = {
  language: { type: 'string', short: 'l' },
  scenes: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const planCommand: Command = {
  name: 'plan',
  summary: 'show how a story splits into scenes (offline, nothing written)',
  help: HELP,
  run: runPlan,
};

async function runPlan(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions('plan', argv, OPTIONS);
  if (positionals.length > 1) throw new UsageError(`give one story file, not ${positionals.length} (${positionals.join(', ')})`, 'plan');
  const targetScenes = integerOption('plan', 'scenes', values.scenes, 1, 60);
  let language = values.language;
  if (language !== undefined) {
    const parsed = LanguageTagSchema.safeParse(language);
    if (!parsed.success) throw new UsageError(`--language "${language}" is not a language tag (try en, de, fr, es or ja)`, 'plan');
    language = parsed.data;
  }
  const text = await readStoryInput('plan', positionals[0], io);
  const guessed = language === undefined ? guessLanguage(text, loadAllLexicons()) : null;
  const chosenLanguage = language ?? guessed ?? 'en';
  const plan = await new EmbeddedScenePlanner().plan({ text, language: chosenLanguage, targetScenes });
  for (const warning of plan.warnings) io.stderr.write(`storyloom plan: warning: ${warning}\n`);
  if (values.json) {
    const { title, language: planLanguage, text: planText, scenes, bible } = plan;
    io.stdout.write(JSON.stringify({ title, language: planLanguage, text: planText, scenes, bible }, null, 2) + '\n');
    return 0;
  }
  const sceneWords = plan.scenes.map((scene) => wordStarts(scene.text, plan.language, []).length);
  const languageNote = language !== undefined ? 'given' : guessed ? 'guessed' : 'default';
  const columns = (io.stdout as { columns?: number }).columns ?? 100;
  io.stdout.write(planTable(plan, { sceneWords, languageNote, columns: Math.max(80, columns) }));
  return 0;
}
