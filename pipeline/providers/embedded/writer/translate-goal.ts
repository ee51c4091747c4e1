import type { Goal } from './story-idea';

/**
 * Carries a goal read from a prompt in one language into a story in the other (an English prompt
 * for a German book, or the reverse). Only what the tables know crosses; anything else returns
 * null, and the writer picks a wish of its own and says so.
 */
const SKILLS: [string, string][] = [
  ['swim', 'schwimmen'], ['fly', 'fliegen'], ['read', 'lesen'], ['write', 'schreiben'], ['sing', 'singen'], ['dance', 'tanzen'], ['climb', 'klettern'],
  ['whistle', 'pfeifen'], ['ride a bicycle', 'Fahrrad fahren'], ['ride a bike', 'Fahrrad fahren'], ['ride a horse', 'reiten'], ['ride', 'reiten'], ['skate', 'Schlittschuh laufen'],
  ['jump', 'springen'], ['dive', 'tauchen'], ['fish', 'angeln'], ['cook', 'kochen'], ['bake', 'backen'], ['paint', 'malen'], ['draw', 'zeichnen'], ['count', 'zählen'],
  ['roar', 'brüllen'], ['hop', 'hüpfen'], ['run', 'rennen'], ['knit', 'stricken'], ['build', 'bauen'], ['sail', 'segeln'], ['juggle', 'jonglieren'], ['share', 'teilen'],
];
const FEARS: [string, string][] = [
  ['the dark', 'der Dunkelheit'], ['dark', 'der Dunkelheit'], ['the night', 'der Nacht'], ['thunder', 'dem Donner'], ['storms', 'Gewittern'], ['water', 'dem Wasser'],
  ['the water', 'dem Wasser'], ['spiders', 'Spinnen'], ['heights', 'der Höhe'], ['dogs', 'Hunden'], ['monsters', 'Monstern'], ['ghosts', 'Gespenstern'], ['the sea', 'dem Meer'],
];
const QUESTS: [string, string][] = [
  ['see the sea', 'das Meer sehen'], ['fly to the moon', 'zum Mond fliegen'], ['go to the moon', 'zum Mond fliegen'], ['see the top of the mountain', 'den Gipfel des Berges sehen'],
  ['climb the mountain', 'auf den Berg klettern'], ['visit grandma', 'die Großmutter besuchen'], ['visit grandmother', 'die Großmutter besuchen'], ['see the stars', 'die Sterne sehen'],
  ['go to the sea', 'ans Meer fahren'], ['see the world', 'die Welt sehen'],
];
/** Things to find: English noun, German noun, its gender. */
const THINGS: [string, string, 'm' | 'f' | 'n'][] = [
  ['kite', 'Papierdrachen', 'm'], ['ball', 'Ball', 'm'], ['carrot', 'Karotte', 'f'], ['key', 'Schlüssel', 'm'], ['book', 'Buch', 'n'], ['hat', 'Hut', 'm'],
  ['treasure', 'Schatz', 'm'], ['fallen star', 'Sternschnuppe', 'f'], ['star', 'Stern', 'm'], ['shell', 'Muschel', 'f'], ['crown', 'Krone', 'f'], ['ring', 'Ring', 'm'],
  ['balloon', 'Luftballon', 'm'], ['shoe', 'Schuh', 'm'], ['apple', 'Apfel', 'm'], ['map', 'Landkarte', 'f'], ['teddy', 'Teddybären', 'm'], ['teddy bear', 'Teddybären', 'm'],
  ['doll', 'Puppe', 'f'], ['scarf', 'Schal', 'm'], ['bell', 'Glocke', 'f'], ['egg', 'Ei', 'n'], ['lantern', 'Laterne', 'f'], ['rainbow', 'Regenbogen', 'm'],
];

const ACCUSATIVE = { m: { own: '{sein}en', a: 'einen', the: 'den' }, f: { own: '{sein}e', a: 'eine', the: 'die' }, n: { own: '{sein}', a: 'ein', the: 'das' } };

function lookup(table: [string, string][], value: string, from: 'en' | 'de'): string | null {
  const row = table.find(([english, german]) => (from === 'en' ? english : german).toLowerCase() === value.toLowerCase());
  return row ? row[from === 'en' ? 1 : 0] : null;
}

function translateThing(thing: string, from: 'en' | 'de'): string | null {
  if (from === 'en') {
    const match = /^(\{his\} |a |an |the )?(?:lost )?(.+)$/.exec(thing)!;
    const row = THINGS.find(([english]) => english === match[2]);
    if (!row) return null;
    const article = match[1]?.trim();
    const forms = ACCUSATIVE[row[2]];
    return `${article === '{his}' ? forms.own : article === 'the' ? forms.the : forms.a} ${row[1]}`;
  }
  const match = /^(\{sein\}\p{L}*|\p{L}+) (.+)$/u.exec(thing);
  const row = match && THINGS.find(([, german]) => german === match[2]);
  if (!match || !row) return null;
  return `${match[1].startsWith('{sein}') ? '{his}' : /^(den|die|das)$/i.test(match[1]) ? 'the' : /^[aeiou]/.test(row[0]) ? 'an' : 'a'} ${row[0]}`;
}

export function translateGoal(goal: Goal, from: 'en' | 'de', to: 'en' | 'de'): Goal | null {
  if (from === to) return goal;
  switch (goal.kind) {
    case 'friend': return goal;
    case 'learn': {
      const verb = lookup(SKILLS, goal.verb, from);
      return verb ? { kind: 'learn', verb } : null;
    }
    case 'quest': {
      const verb = lookup(QUESTS, goal.verb, from);
      return verb ? { kind: 'quest', verb } : null;
    }
    case 'fear': {
      if (goal.thing === null) return goal;
      const thing = lookup(FEARS, goal.thing, from);
      return thing ? { kind: 'fear', thing } : null;
    }
    case 'find': {
      const thing = translateThing(goal.thing, from);
      return thing ? { ...goal, thing } : null;
    }
  }
}
