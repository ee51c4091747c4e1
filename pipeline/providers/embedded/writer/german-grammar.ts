import type { CharacterKind } from '../../../model';

/** Grammatical gender of a German noun. */
export type Gender = 'm' | 'f' | 'n';

export interface GermanNoun {
  noun: string;
  gender: Gender;
  /** Accusative and dative singular where they differ ("Hase" → "Hasen"). */
  oblique?: string;
}

const noun = (word: string, gender: Gender, oblique?: string): GermanNoun => ({ noun: word, gender, oblique });

export const GERMAN_KINDS: Record<CharacterKind, GermanNoun> = {
  girl: noun('Mädchen', 'n'), boy: noun('Junge', 'm', 'Jungen'), baby: noun('Baby', 'n'), woman: noun('Frau', 'f'), man: noun('Mann', 'm'),
  mother: noun('Mutter', 'f'), father: noun('Vater', 'm'), grandmother: noun('Großmutter', 'f'), grandfather: noun('Großvater', 'm'), king: noun('König', 'm'),
  queen: noun('Königin', 'f'), prince: noun('Prinz', 'm', 'Prinzen'), princess: noun('Prinzessin', 'f'), knight: noun('Ritter', 'm'), witch: noun('Hexe', 'f'),
  wizard: noun('Zauberer', 'm'), fairy: noun('Fee', 'f'), giant: noun('Riese', 'm', 'Riesen'), mermaid: noun('Meerjungfrau', 'f'), hunter: noun('Jäger', 'm'),
  farmer: noun('Bauer', 'm', 'Bauern'), sailor: noun('Seemann', 'm'), astronaut: noun('Astronaut', 'm', 'Astronauten'), robot: noun('Roboter', 'm'), ghost: noun('Gespenst', 'n'),
  wolf: noun('Wolf', 'm'), fox: noun('Fuchs', 'm'), rabbit: noun('Hase', 'm', 'Hasen'), bear: noun('Bär', 'm', 'Bären'), cat: noun('Katze', 'f'), dog: noun('Hund', 'm'),
  bird: noun('Vogel', 'm'), owl: noun('Eule', 'f'), duck: noun('Ente', 'f'), hen: noun('Henne', 'f'), rooster: noun('Hahn', 'm'), frog: noun('Frosch', 'm'), mouse: noun('Maus', 'f'),
  lion: noun('Löwe', 'm', 'Löwen'), tiger: noun('Tiger', 'm'), elephant: noun('Elefant', 'm', 'Elefanten'), monkey: noun('Affe', 'm', 'Affen'), horse: noun('Pferd', 'n'),
  cow: noun('Kuh', 'f'), pig: noun('Schwein', 'n'), sheep: noun('Schaf', 'n'), goat: noun('Ziege', 'f'), deer: noun('Reh', 'n'), squirrel: noun('Eichhörnchen', 'n'),
  hedgehog: noun('Igel', 'm'), turtle: noun('Schildkröte', 'f'), snail: noun('Schnecke', 'f'), bee: noun('Biene', 'f'), butterfly: noun('Schmetterling', 'm'), fish: noun('Fisch', 'm'),
  whale: noun('Wal', 'm'), dolphin: noun('Delfin', 'm'), octopus: noun('Krake', 'm', 'Kraken'), penguin: noun('Pinguin', 'm'), snake: noun('Schlange', 'f'),
  crocodile: noun('Krokodil', 'n'), giraffe: noun('Giraffe', 'f'), dragon: noun('Drache', 'm', 'Drachen'), unicorn: noun('Einhorn', 'n'), dinosaur: noun('Dinosaurier', 'm'),
};

/** German adjective stems for the shared English adjective keys; invariable ones take no ending. */
export const GERMAN_ADJECTIVE_STEMS: Record<string, string> = {
  shy: 'schüchtern', brave: 'mutig', little: 'klein', tiny: 'winzig', small: 'klein', young: 'jung', old: 'alt', curious: 'neugierig', lonely: 'einsam',
  grumpy: 'mürrisch', clumsy: 'tollpatschig', sleepy: 'verschlafen', lazy: 'faul', kind: 'lieb', gentle: 'sanft', silly: 'albern', proud: 'stolz', nervous: 'nervös',
  timid: 'ängstlich', scared: 'ängstlich', frightened: 'ängstlich', bold: 'kühn', clever: 'klug', wise: 'weise', cheerful: 'fröhlich', happy: 'fröhlich', sad: 'traurig',
  hungry: 'hungrig', noisy: 'laut', quiet: 'still', messy: 'unordentlich', forgetful: 'vergesslich', stubborn: 'stur', impatient: 'ungeduldig', careful: 'vorsichtig',
  friendly: 'freundlich', cheeky: 'frech', naughty: 'frech', big: 'groß', fluffy: 'flauschig', spotted: 'gepunktet', striped: 'gestreift', wild: 'wild', magic: 'magisch',
  magical: 'magisch', red: 'rot', blue: 'blau', green: 'grün', golden: 'golden', yellow: 'gelb', white: 'weiß', black: 'schwarz', grey: 'grau', gray: 'grau', silver: 'silbern',
  brown: 'braun', busy: 'fleißig', slow: 'langsam', fast: 'schnell', restless: 'unruhig', dreamy: 'verträumt', worried: 'besorgt', anxious: 'ängstlich', fearless: 'furchtlos',
  honest: 'ehrlich', polite: 'höflich', smart: 'klug', pink: 'rosa', purple: 'lila', orange: 'orange',
};
const INVARIABLE = new Set(['rosa', 'lila', 'orange']);

function inflect(stem: string, ending: string): string {
  if (INVARIABLE.has(stem)) return stem;
  return stem.endsWith('e') ? stem + ending.slice(1) : stem + ending;
}

/** "ein schüchterner kleiner Drache", "eine alte Eule", "ein kleines Schwein" (nominative). */
export function indefinite(adjectives: string[], word: GermanNoun): string {
  const ending = { m: 'er', f: 'e', n: 'es' }[word.gender];
  return [word.gender === 'f' ? 'eine' : 'ein', ...adjectives.map((stem) => inflect(stem, ending)), word.noun].join(' ');
}

/** "der schüchterne kleine Drache", "die einsame Katze" (nominative). */
export function definite(adjectives: string[], word: GermanNoun): string {
  return [{ m: 'der', f: 'die', n: 'das' }[word.gender], ...adjectives.map((stem) => inflect(stem, 'e')), word.noun].join(' ');
}

/** "den Hasen", "die Maus", "das Eichhörnchen" (accusative). */
export function definiteAccusative(word: GermanNoun): string {
  return `${{ m: 'den', f: 'die', n: 'das' }[word.gender]} ${word.oblique ?? word.noun}`;
}

export function relativePronoun(gender: Gender): string {
  return { m: 'der', f: 'die', n: 'das' }[gender];
}

export function personalPronoun(gender: Gender): string {
  return { m: 'er', f: 'sie', n: 'es' }[gender];
}

/** "Mias", "Max'" (the genitive of a name). */
export function genitive(name: string): string {
  return /[sßxz]$/i.test(name) ? `${name}’` : `${name}s`;
}

export interface GermanPronouns {
  er: string;
  Er: string;
  ihn: string;
  ihm: string;
  /** The possessive stem: "sein" or "ihr"; templates add the ending ("seine", "ihren"). */
  sein: string;
  Sein: string;
}

export function germanPronouns(female: boolean): GermanPronouns {
  return female ? { er: 'sie', Er: 'Sie', ihn: 'sie', ihm: 'ihr', sein: 'ihr', Sein: 'Ihr' } : { er: 'er', Er: 'Er', ihn: 'ihn', ihm: 'ihm', sein: 'sein', Sein: 'Sein' };
}

/** "das Meer sehen" → "das Meer zu sehen": an infinitive phrase with zu. */
export function withZu(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop()!;
  return [...words, 'zu', last].join(' ');
}
