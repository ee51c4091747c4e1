import type { CharacterKind, Setting } from '../../../model';

/** German words a prompt may use (as patterns over their inflected forms), mapped to the vocabulary. */
export const GERMAN_CHARACTER_WORDS: [string, CharacterKind][] = [
  ['großmutter|grossmutter|oma|omi', 'grandmother'], ['großvater|grossvater|opa', 'grandfather'], ['mutter|mama', 'mother'], ['vater|papa', 'father'],
  ['prinzessin(?:nen)?', 'princess'], ['prinzen?', 'prince'], ['königin(?:nen)?', 'queen'], ['königs?', 'king'], ['ritters?', 'knight'], ['hexen?', 'witch'],
  ['zauberers?', 'wizard'], ['feen?|elfen?', 'fairy'], ['riesen?', 'giant'], ['meerjungfrau|nixen?', 'mermaid'], ['jägers?', 'hunter'], ['bauern?|bäuerin', 'farmer'],
  ['piraten?|seemanns?|matrosen?', 'sailor'], ['astronaut(?:in|en)?', 'astronaut'], ['roboters?', 'robot'], ['gespensts?|geists?', 'ghost'],
  ['mädchens?', 'girl'], ['jungen?|bube?n?', 'boy'], ['babys?', 'baby'], ['frau(?:en)?', 'woman'], ['mann(?:es)?|männer', 'man'],
  ['wolf(?:es)?|wölfe', 'wolf'], ['fuchs(?:es)?|füchse', 'fox'], ['hasen?|häschen|kaninchen', 'rabbit'], ['bären?', 'bear'], ['katzen?|kätzchen|kater', 'cat'],
  ['hund(?:e[sn]?)?|welpen?', 'dog'], ['eulen?', 'owl'], ['enten?|entchen', 'duck'], ['huhn|hühner|hennen?|küken', 'hen'], ['hahn', 'rooster'],
  ['frosch|frösche', 'frog'], ['maus|mäuse|mäuschen', 'mouse'], ['löwen?', 'lion'], ['tigers?', 'tiger'], ['elefant(?:en)?', 'elephant'], ['affen?', 'monkey'],
  ['pferd(?:e[sn]?)?|pony|fohlen', 'horse'], ['kuh|kühe|kälbchen', 'cow'], ['schwein(?:chen)?', 'pig'], ['schaf(?:e)?|lamm', 'sheep'], ['ziegen?|zicklein', 'goat'],
  ['reh(?:e)?|hirsch', 'deer'], ['eichhörnchen', 'squirrel'], ['igels?', 'hedgehog'], ['schildkröten?', 'turtle'], ['schnecken?', 'snail'], ['bienen?', 'bee'],
  ['schmetterlings?|raupe', 'butterfly'], ['fisch(?:e[sn]?)?|fischlein', 'fish'], ['wal(?:e)?', 'whale'], ['del[fp]hin(?:e)?', 'dolphin'], ['kraken?|oktopus|tintenfisch(?:e)?', 'octopus'],
  ['pinguin(?:e)?', 'penguin'], ['schlangen?', 'snake'], ['krokodils?', 'crocodile'], ['giraffen?', 'giraffe'], ['drachen?|drache', 'dragon'], ['einhorns?', 'unicorn'],
  ['dinosauriers?|dino', 'dinosaur'], ['vogels?|vögel(?:chen)?|spatz', 'bird'],
];

export const GERMAN_PLACE_WORDS: [string, Setting][] = [
  ['weltraum|weltall', 'space'], ['wald(?:e[s]?)?|wälder', 'forest'], ['wiesen?|feld(?:ern?)?', 'meadow'], ['garten|gärten', 'garden'], ['bauernhofs?|hof', 'farm'],
  ['dorf(?:e[s]?)?', 'village'], ['stadt', 'city'], ['schloss(?:es)?|burg|palast', 'castle'], ['schlafzimmer|kinderzimmer', 'bedroom'], ['küche', 'kitchen'],
  ['haus(?:e[s]?)?|hütte', 'house'], ['strand(?:e[s]?)?|insel', 'beach'], ['meer(?:e[s]?)?|ozean', 'sea'], ['schiff(?:e[s]?)?', 'ship'], ['fluss(?:es)?|bach(?:es)?', 'river'],
  ['teich(?:e[s]?)?|see', 'lake'], ['berg(?:e[sn]?)?|gebirge|hügel', 'mountain'], ['höhlen?', 'cave'], ['wüste', 'desert'], ['schnee|eis|arktis|nordpol', 'snowfield'],
  ['himmel|wolken', 'sky'],
];

/** German adjectives (stems) before a hero, mapped to the shared English key the tellers use. */
export const GERMAN_ADJECTIVES: Record<string, string> = {
  schüchtern: 'shy', mutig: 'brave', tapfer: 'brave', klein: 'little', winzig: 'tiny', jung: 'young', alt: 'old', neugierig: 'curious', einsam: 'lonely',
  mürrisch: 'grumpy', grummelig: 'grumpy', tollpatschig: 'clumsy', verschlafen: 'sleepy', müde: 'sleepy', klug: 'clever', schlau: 'clever', lieb: 'kind',
  freundlich: 'friendly', albern: 'silly', ungeduldig: 'impatient', ängstlich: 'timid', frech: 'cheeky', fröhlich: 'cheerful', traurig: 'sad', rot: 'red',
  blau: 'blue', grün: 'green', golden: 'golden', gelb: 'yellow', weiß: 'white', schwarz: 'black', grau: 'grey', silbern: 'silver', braun: 'brown', groß: 'big',
};

/** German infinitives of skills; anything else a hero wants to do is a quest. */
export const GERMAN_SKILLS = new Set([
  'schwimmen', 'fliegen', 'lesen', 'singen', 'tanzen', 'klettern', 'pfeifen', 'fahren', 'springen', 'tauchen', 'schreiben', 'zählen', 'malen', 'backen',
  'kochen', 'segeln', 'reiten', 'hüpfen', 'rennen', 'bauen', 'teilen', 'jonglieren', 'brüllen', 'zeichnen', 'laufen', 'angeln', 'stricken', 'rechnen',
  'zaubern', 'hexen',
]);
