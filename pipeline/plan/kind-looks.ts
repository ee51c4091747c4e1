import type { ColourName } from './colours';

/**
 * What each kind of character may look like. People get clothes, a hair colour and often an
 * item; animals get a coat (fur, feathers, scales) in their natural colours. The look picker
 * chooses among these with a hash of the name, so the same character always looks the same.
 */
export interface KindLook {
  /** Clothing for people; the coat word for animals ("fur", "feathers"). */
  clothing: readonly string[];
  /** Colours the clothing or coat may have. */
  colours: readonly ColourName[];
  animal: boolean;
  /** An item every character of this kind carries (a king's crown); otherwise one is picked. */
  item?: string;
  /** The items to pick from instead of the usual ones (a robot has no feet for boots). */
  items?: readonly (string | null)[];
  /** Robots and ghosts have no hair to colour. */
  hairless?: boolean;
}

const CLOTHES: readonly ColourName[] = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'brown'];
const person = (clothing: string[], item?: string, colours: readonly ColourName[] = CLOTHES): KindLook => ({ clothing, colours, animal: false, item });
const animal = (coat: string, colours: ColourName[], item?: string): KindLook => ({ clothing: [coat], colours, animal: true, item });

export const KIND_LOOKS: Record<string, KindLook> = {
  girl: person(['dress', 'pinafore dress', 'tunic and leggings', 'smock']),
  boy: person(['shirt and shorts', 'dungarees', 'tunic and trousers', 'jumper and trousers']),
  baby: person(['romper suit'], 'ribbon', ['pink', 'yellow', 'blue', 'white']),
  woman: person(['long dress', 'blouse and skirt', 'dress and apron']),
  man: person(['shirt and waistcoat', 'coat and trousers', 'tunic and belt']),
  mother: person(['dress and apron', 'long dress', 'blouse and skirt']),
  father: person(['shirt and waistcoat', 'jacket and trousers']),
  grandmother: person(['shawl and long skirt', 'knitted cardigan and skirt'], 'glasses', ['purple', 'blue', 'brown', 'grey']),
  grandfather: person(['waistcoat and trousers', 'cardigan and trousers'], 'glasses', ['brown', 'green', 'grey', 'blue']),
  king: person(['royal robe trimmed with ermine'], 'crown', ['red', 'purple', 'blue']),
  queen: person(['royal gown'], 'crown', ['purple', 'blue', 'red', 'golden']),
  prince: person(['tunic and cape'], 'crown', ['blue', 'green', 'red']),
  princess: person(['flowing gown'], 'crown', ['pink', 'blue', 'yellow', 'purple']),
  knight: person(['suit of armour'], 'cape', ['silver', 'grey']),
  witch: person(['long dress and pointed hat'], 'cape', ['black', 'purple', 'green']),
  wizard: person(['starry robe and pointed hat'], 'wand', ['blue', 'purple']),
  fairy: person(['petal dress with gauzy wings'], 'wand', ['pink', 'green', 'blue', 'purple']),
  giant: person(['patched tunic and belt'], undefined, ['brown', 'green', 'grey']),
  mermaid: person(['shimmering fish tail'], 'necklace', ['green', 'blue', 'purple']),
  hunter: person(['hunting coat and hat'], 'boots', ['green', 'brown']),
  farmer: person(['overalls and a straw hat'], undefined, ['blue', 'brown', 'green']),
  sailor: person(['striped shirt and cap'], 'scarf', ['blue', 'white']),
  astronaut: person(['space suit'], 'backpack', ['white', 'silver']),
  robot: { ...person(['metal body with round lights'], undefined, ['silver', 'grey', 'blue']), items: ['scarf', 'bow-tie', 'backpack', null], hairless: true },
  ghost: { ...person(['floating white sheet'], undefined, ['white']), items: ['scarf', 'bow-tie', null], hairless: true },
  wolf: animal('fur', ['grey', 'grey', 'brown']),
  fox: animal('fur', ['orange']),
  rabbit: animal('fur', ['white', 'brown', 'grey']),
  bear: animal('fur', ['brown', 'brown', 'black', 'white']),
  cat: animal('fur', ['black', 'orange', 'grey', 'white']),
  dog: animal('fur', ['brown', 'golden', 'black', 'white']),
  bird: animal('feathers', ['blue', 'red', 'yellow', 'brown']),
  owl: animal('feathers', ['brown', 'grey', 'white']),
  duck: animal('feathers', ['white', 'yellow']),
  hen: animal('feathers', ['white', 'brown', 'orange']),
  rooster: animal('feathers', ['red', 'orange', 'brown']),
  frog: animal('skin', ['green']),
  mouse: animal('fur', ['grey', 'brown', 'white']),
  lion: animal('fur and a shaggy mane', ['golden']),
  tiger: animal('striped fur', ['orange']),
  elephant: animal('skin', ['grey']),
  monkey: animal('fur', ['brown']),
  horse: animal('coat', ['brown', 'white', 'black', 'grey']),
  cow: animal('spotted coat', ['white', 'brown', 'black']),
  pig: animal('skin', ['pink']),
  sheep: animal('wool', ['white', 'grey']),
  goat: animal('coat', ['white', 'brown', 'grey']),
  deer: animal('coat', ['brown']),
  squirrel: animal('fur', ['orange', 'brown', 'grey']),
  hedgehog: animal('prickles', ['brown']),
  turtle: animal('shell', ['green', 'brown']),
  snail: animal('shell', ['brown', 'yellow']),
  bee: animal('striped fuzz', ['yellow']),
  butterfly: animal('wings', ['blue', 'orange', 'purple', 'yellow']),
  fish: animal('scales', ['orange', 'blue', 'golden', 'silver']),
  whale: animal('skin', ['blue', 'grey']),
  dolphin: animal('skin', ['grey', 'blue']),
  octopus: animal('skin', ['purple', 'red', 'orange']),
  penguin: animal('feathers', ['black']),
  snake: animal('scales', ['green', 'yellow', 'red']),
  crocodile: animal('scales', ['green']),
  giraffe: animal('spotted coat', ['golden', 'yellow']),
  dragon: animal('scales', ['green', 'red', 'purple']),
  unicorn: animal('coat and a spiral horn', ['white', 'pink']),
  dinosaur: animal('scales', ['green', 'orange', 'blue']),
};

export const FALLBACK_LOOK: KindLook = person(['tunic and trousers']);
export const HAIR_COLOURS: readonly ColourName[] = ['brown', 'black', 'golden', 'red', 'brown', 'black'];
export const OLD_HAIR_COLOURS: readonly ColourName[] = ['white', 'grey', 'silver'];
export const PERSON_ITEMS: readonly (string | null)[] = ['scarf', 'ribbon', 'backpack', 'necklace', 'boots', 'bow-tie', 'flower', null];
export const ANIMAL_ITEMS: readonly (string | null)[] = ['scarf', 'bow-tie', 'ribbon', 'bell', null, null];
