import type { StoryPlan } from '../../model';
import { formatCount } from '../../plan/format-count';
import { displayWidth, fitColumns } from './display-width';

export interface PlanTableOptions {
  /** Words in each scene, in order. */
  sceneWords: number[];
  /** How the language was chosen, shown after it: "guessed", "given". */
  languageNote: string;
  /** Terminal width; the last column takes what is left. */
  columns: number;
}

const CHARACTERS_COLUMN = 30;

/**
 * The plan as a person reads it: a heading, one line per scene (number, words, setting, time,
 * characters, first words), then the story bible. Pure: the command writes it out.
 */
export function planTable(plan: StoryPlan, options: PlanTableOptions): string {
  const totalWords = options.sceneWords.reduce((sum, words) => sum + words, 0);
  const names = new Map(plan.bible.characters.map((character) => [character.id, character.name]));
  const lines = [
    `${plan.title} — ${plan.language} (${options.languageNote}) — ${formatCount(totalWords)} words — ${plan.scenes.length} scene${plan.scenes.length === 1 ? '' : 's'}`,
    '',
  ];
  const numberWidth = Math.max(2, String(plan.scenes.length).length);
  const settingWidth = Math.max(7, ...plan.scenes.map((scene) => displayWidth(scene.description.setting)));
  const fixed = numberWidth + 2 + 6 + 2 + settingWidth + 2 + 5 + 2 + CHARACTERS_COLUMN + 2;
  const beginsWidth = Math.max(20, options.columns - fixed);
  const row = (cells: string[]) => cells.join('  ').trimEnd();
  lines.push(row([fitColumns('#', numberWidth, 'right'), fitColumns('words', 6, 'right'), fitColumns('setting', settingWidth), fitColumns('time', 5), fitColumns('characters', CHARACTERS_COLUMN), 'begins']));
  plan.scenes.forEach((scene, position) => {
    const characters = scene.description.characters.map((id) => names.get(id) ?? id).join(', ') || '—';
    lines.push(row([
      fitColumns(String(scene.index + 1), numberWidth, 'right'),
      fitColumns(formatCount(options.sceneWords[position] ?? 0), 6, 'right'),
      fitColumns(scene.description.setting, settingWidth),
      fitColumns(scene.description.timeOfDay, 5),
      fitColumns(characters, CHARACTERS_COLUMN),
      fitColumns(scene.text.replace(/\s+/g, ' ').trim(), beginsWidth),
    ]));
  });
  lines.push('');
  if (plan.bible.characters.length === 0) lines.push('No recurring characters found.');
  else {
    lines.push('Characters:');
    const idWidth = Math.max(...plan.bible.characters.map((character) => displayWidth(character.id)));
    for (const character of plan.bible.characters) {
      lines.push(`  ${fitColumns(character.id, idWidth)}  ${character.name} (${character.kind}): ${character.look.summary}`);
    }
  }
  return lines.join('\n') + '\n';
}
