import type { CharacterKind, Setting } from '../../../model';

/**
 * English words a prompt may use, mapped to the shared vocabulary. Longer phrases first where
 * one contains another ("old woman" before "woman").
 */
export const ENGLISH_CHARACTER_WORDS: [string, CharacterKind][] = [
  ['old woman', 'grandmother'], ['old lady', 'grandmother'], ['old man', 'grandfather'], ['grandma', 'grandmother'], ['granny', 'grandmother'],
  ['grandpa', 'grandfather'], ['grandmother', 'grandmother'], ['grandfather', 'grandfather'], ['mom', 'mother'], ['mum', 'mother'],
  ['mother', 'mother'], ['dad', 'father'], ['father', 'father'], ['princess', 'princess'], ['prince', 'prince'], ['queen', 'queen'],
  ['king', 'king'], ['knight', 'knight'], ['witch', 'witch'], ['wizard', 'wizard'], ['mage', 'wizard'], ['fairy', 'fairy'], ['giant', 'giant'],
  ['mermaid', 'mermaid'], ['hunter', 'hunter'], ['farmer', 'farmer'], ['sailor', 'sailor'], ['pirate', 'sailor'], ['astronaut', 'astronaut'],
  ['robot', 'robot'], ['ghost', 'ghost'], ['girl', 'girl'], ['boy', 'boy'], ['baby', 'baby'], ['woman', 'woman'], ['man', 'man'],
  ['wolf', 'wolf'], ['wolves', 'wolf'], ['fox', 'fox'], ['bunny', 'rabbit'], ['rabbit', 'rabbit'], ['hare', 'rabbit'], ['bear', 'bear'],
  ['kitten', 'cat'], ['cat', 'cat'], ['puppy', 'dog'], ['dog', 'dog'], ['owl', 'owl'], ['duckling', 'duck'], ['duck', 'duck'],
  ['chick', 'hen'], ['hen', 'hen'], ['chicken', 'hen'], ['rooster', 'rooster'], ['frog', 'frog'], ['toad', 'frog'], ['mouse', 'mouse'],
  ['mice', 'mouse'], ['lion', 'lion'], ['tiger', 'tiger'], ['elephant', 'elephant'], ['monkey', 'monkey'], ['pony', 'horse'], ['horse', 'horse'],
  ['cow', 'cow'], ['calf', 'cow'], ['piglet', 'pig'], ['pig', 'pig'], ['lamb', 'sheep'], ['sheep', 'sheep'], ['goat', 'goat'], ['fawn', 'deer'],
  ['deer', 'deer'], ['squirrel', 'squirrel'], ['hedgehog', 'hedgehog'], ['tortoise', 'turtle'], ['turtle', 'turtle'], ['snail', 'snail'],
  ['bee', 'bee'], ['butterfly', 'butterfly'], ['caterpillar', 'butterfly'], ['whale', 'whale'], ['dolphin', 'dolphin'], ['octopus', 'octopus'],
  ['penguin', 'penguin'], ['snake', 'snake'], ['crocodile', 'crocodile'], ['alligator', 'crocodile'], ['giraffe', 'giraffe'],
  ['dragon', 'dragon'], ['unicorn', 'unicorn'], ['dinosaur', 'dinosaur'], ['dino', 'dinosaur'], ['fish', 'fish'], ['bird', 'bird'],
  ['sparrow', 'bird'], ['robin', 'bird'], ['child', 'girl'], ['kid', 'boy'],
];

export const ENGLISH_PLACE_WORDS: [string, Setting][] = [
  ['outer space', 'space'], ['space', 'space'], ['the stars', 'space'], ['forest', 'forest'], ['woods', 'forest'], ['wood', 'forest'],
  ['jungle', 'forest'], ['meadow', 'meadow'], ['field', 'meadow'], ['garden', 'garden'], ['farm', 'farm'], ['village', 'village'],
  ['town', 'village'], ['city', 'city'], ['castle', 'castle'], ['palace', 'castle'], ['kingdom', 'castle'], ['bedroom', 'bedroom'],
  ['kitchen', 'kitchen'], ['house', 'house'], ['beach', 'beach'], ['island', 'beach'], ['seaside', 'beach'], ['ocean', 'sea'], ['sea', 'sea'],
  ['ship', 'ship'], ['river', 'river'], ['stream', 'river'], ['lake', 'lake'], ['pond', 'lake'], ['mountain', 'mountain'], ['hill', 'mountain'],
  ['cave', 'cave'], ['desert', 'desert'], ['snow', 'snowfield'], ['arctic', 'snowfield'], ['ice', 'snowfield'], ['sky', 'sky'], ['clouds', 'sky'],
];

/** Adjectives accepted before a hero's kind ("a shy dragon"). Anything else there is ignored. */
export const HERO_ADJECTIVES = new Set([
  'shy', 'brave', 'little', 'tiny', 'small', 'young', 'old', 'curious', 'lonely', 'grumpy', 'clumsy', 'sleepy', 'lazy', 'kind', 'gentle',
  'silly', 'proud', 'nervous', 'timid', 'scared', 'frightened', 'bold', 'clever', 'wise', 'cheerful', 'happy', 'sad', 'hungry', 'noisy',
  'quiet', 'messy', 'forgetful', 'stubborn', 'impatient', 'careful', 'friendly', 'cheeky', 'big', 'fluffy', 'spotted', 'striped', 'wild',
  'magic', 'magical', 'red', 'blue', 'green', 'golden', 'purple', 'pink', 'white', 'black', 'grey', 'gray', 'silver', 'orange', 'yellow',
  'brown', 'baby', 'busy', 'slow', 'fast', 'restless', 'dreamy', 'worried', 'anxious', 'fearless', 'honest', 'polite', 'naughty', 'smart',
]);

/** Verbs of skills a hero can practise and fail at before mastering. */
export const SKILL_VERBS = new Set([
  'swim', 'fly', 'read', 'write', 'sing', 'dance', 'climb', 'whistle', 'ride', 'skate', 'jump', 'dive', 'fish', 'cook', 'bake', 'paint',
  'draw', 'count', 'play', 'roar', 'hop', 'run', 'skip', 'knit', 'build', 'sail', 'juggle', 'share', 'breathe', 'tie', 'spell', 'hoot', 'howl',
]);

/** Common given names, so a hero named in the prompt gets the right kind and pronouns. */
export const GIRL_NAMES = new Set(['mia', 'emma', 'lily', 'lucy', 'anna', 'sophie', 'sofia', 'ella', 'olivia', 'ava', 'mila', 'hannah', 'lena', 'clara', 'rosie', 'maya', 'zoe', 'chloe', 'grace', 'isla', 'amelia', 'ruby', 'luna', 'alice', 'emily', 'nora', 'ida', 'frida', 'marie', 'lea', 'leonie', 'greta']);
export const BOY_NAMES = new Set(['leo', 'max', 'tom', 'ben', 'sam', 'noah', 'liam', 'oliver', 'jack', 'harry', 'finn', 'felix', 'paul', 'lukas', 'jonas', 'elias', 'theo', 'oscar', 'henry', 'james', 'arthur', 'milo', 'luca', 'emil', 'anton', 'ali', 'omar', 'david', 'peter', 'hugo', 'karl']);
