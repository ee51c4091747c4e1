import type { Setting } from '../../../model';

/**
 * How English stories speak of each setting. Every phrase names the setting or a vocabulary
 * object, so the planner can find the place and things in each paragraph and the illustrator can
 * draw them.
 */
export interface EnglishPlace {
  /** "in the green forest", "in a little village": where the story opens. */
  in: string;
  /** "in the village": the same place once the story is there. */
  within: string;
  /** "the forest" */
  the: string;
  home: string;
  landmark: string;
  water: string;
  high: string;
  /** Something in the way on a journey. */
  obstacle: string;
  sound: string;
  /** Vocabulary objects that belong here, for details. */
  things: string[];
  /** Under the sea: no grass, hills, birds or butterflies; the tellers pick the sea's own. */
  underwater?: boolean;
}

const place = (entry: EnglishPlace) => entry;

export const ENGLISH_PLACES: Record<Setting, EnglishPlace> = {
  forest: place({ in: 'in the green forest', within: 'in the forest', the: 'the forest', home: 'a snug little house under the roots of an old oak tree', landmark: 'the old oak tree', water: 'the pond in the middle of the forest', high: 'the top of the tallest tree in the forest', obstacle: 'a tangle of brambles across the forest path', sound: 'the leaves whispered overhead', things: ['mushroom', 'lantern', 'basket'] }),
  meadow: place({ in: 'in a wide meadow full of flowers', within: 'in the meadow', the: 'the meadow', home: 'a cosy nook among the tall grass', landmark: 'the big flat rock in the meadow', water: 'the little pond at the end of the meadow', high: 'the top of the hill above the meadow', obstacle: 'a stream that cut the meadow in two', sound: 'the grass hummed with bees', things: ['flower', 'kite', 'basket'] }),
  garden: place({ in: 'in a sunny garden', within: 'in the garden', the: 'the garden', home: 'a snug corner behind the garden shed', landmark: 'the old apple tree in the garden', water: 'the garden pond under the willow', high: 'the top of the garden wall', obstacle: 'the tall garden fence', sound: 'the flowers nodded in the breeze', things: ['flower', 'apple', 'pumpkin'] }),
  farm: place({ in: 'on a busy farm', within: 'on the farm', the: 'the farm', home: 'a warm corner of the red barn on the farm', landmark: 'the big red barn', water: 'the duck pond behind the farm', high: 'the roof of the barn', obstacle: 'the muddy fields beyond the farm gate', sound: 'the rooster crowed from the fence', things: ['egg', 'carrot', 'pumpkin'] }),
  village: place({ in: 'in a little village', within: 'in the village', the: 'the village', home: 'a crooked little house at the end of the village', landmark: 'the well in the village square', water: 'the pond beside the village', high: 'the top of the church tower', obstacle: 'the long road out of the village', sound: 'the bells rang over the rooftops', things: ['bread', 'bicycle', 'well'] }),
  city: place({ in: 'in a big busy city', within: 'in the city', the: 'the city', home: 'a small flat above a bakery in the city', landmark: 'the clock tower in the city park', water: 'the fountain in the city park', high: 'the top of the tallest building in the city', obstacle: 'the rushing streets of the city', sound: 'the buses hummed along the streets', things: ['clock', 'balloon', 'bicycle'] }),
  castle: place({ in: 'in a grand old castle', within: 'in the castle', the: 'the castle', home: 'a little room in the tallest tower of the castle', landmark: 'the castle gate', water: 'the moat around the castle', high: 'the top of the castle tower', obstacle: 'the heavy castle gate', sound: 'flags snapped on the castle towers', things: ['crown', 'sword', 'shield'] }),
  house: place({ in: 'in a cosy house', within: 'in the house', the: 'the house', home: 'a cosy house with a red door', landmark: 'the big armchair by the fire', water: 'the bathtub upstairs', high: 'the top of the tall bookshelf', obstacle: 'the creaky stairs', sound: 'the clock ticked in the hall', things: ['clock', 'chair', 'book'] }),
  bedroom: place({ in: 'in a little bedroom', within: 'in the bedroom', the: 'the bedroom', home: 'a little bedroom under the roof', landmark: 'the bed by the window', water: 'the washbowl by the window', high: 'the top of the wardrobe', obstacle: 'the dark space under the bed', sound: 'the curtains sighed in the breeze', things: ['bed', 'book', 'candle'] }),
  kitchen: place({ in: 'in a warm kitchen', within: 'in the kitchen', the: 'the kitchen', home: 'a warm kitchen that smelled of bread', landmark: 'the big kitchen table', water: 'the big kitchen sink', high: 'the top shelf of the kitchen', obstacle: 'the slippery kitchen floor', sound: 'the kettle sang on the stove', things: ['teapot', 'cake', 'cup'] }),
  beach: place({ in: 'on a sandy beach', within: 'on the beach', the: 'the beach', home: 'a little hut at the end of the beach', landmark: 'the big rock on the beach', water: 'the shallow waves at the edge of the beach', high: 'the top of the sand dunes', obstacle: 'the rising tide on the beach', sound: 'the waves hushed on the sand', things: ['shell', 'boat', 'umbrella'] }),
  sea: place({ in: 'deep in the blue sea', within: 'in the sea', the: 'the sea', home: 'a little cave among the coral at the bottom of the sea', landmark: 'the old shipwreck on the sea floor', water: 'the open sea', high: 'the very top of the waves', obstacle: 'a strong current in the sea', sound: 'the sea sang its slow song', things: ['shell', 'treasure', 'boat'], underwater: true }),
  ship: place({ in: 'on an old sailing ship', within: 'on the ship', the: 'the ship', home: 'a hammock below the deck of the ship', landmark: 'the tall mast of the ship', water: 'the calm sea beside the ship', high: 'the top of the mast', obstacle: 'the wild waves around the ship', sound: 'the sails flapped in the wind', things: ['map', 'lantern', 'treasure'] }),
  river: place({ in: 'beside a winding river', within: 'by the river', the: 'the river', home: 'a snug burrow in the river bank', landmark: 'the old stone bridge over the river', water: 'a quiet bend in the river', high: 'the top of the river bank', obstacle: 'the rushing river', sound: 'the river chattered over the stones', things: ['boat', 'bridge', 'flower'] }),
  lake: place({ in: 'beside a quiet lake', within: 'by the lake', the: 'the lake', home: 'a snug little house among the reeds by the lake', landmark: 'the little wooden jetty on the lake', water: 'the lake', high: 'the top of the hill above the lake', obstacle: 'the wide water of the lake', sound: 'the water lapped at the shore of the lake', things: ['boat', 'flower', 'lantern'] }),
  mountain: place({ in: 'high up on a mountain', within: 'on the mountain', the: 'the mountain', home: 'a warm cave high on the mountain', landmark: 'the great rock on the mountain', water: 'the cold blue lake below the mountain', high: 'the very top of the mountain', obstacle: 'the steep rocks of the mountain', sound: 'the wind whistled round the mountain', things: ['lantern', 'map', 'tent'] }),
  cave: place({ in: 'in a deep cave', within: 'in the cave', the: 'the cave', home: 'a cosy corner of a deep cave', landmark: 'the glittering rocks in the cave', water: 'the underground pool in the cave', high: 'the top of the cave', obstacle: 'the dark tunnels of the cave', sound: 'drops of water plinked in the cave', things: ['lantern', 'treasure', 'candle'] }),
  desert: place({ in: 'in a wide golden desert', within: 'in the desert', the: 'the desert', home: 'a shady hollow under a rock in the desert', landmark: 'the tall cactus in the desert', water: 'the little pool of the desert oasis', high: 'the top of the biggest sand dune', obstacle: 'the hot sand of the desert', sound: 'the sand whispered in the wind', things: ['map', 'tent', 'well'] }),
  snowfield: place({ in: 'in a land of snow and ice', within: 'in the land of snow and ice', the: 'the snow', home: 'a round little igloo in the snow', landmark: 'the big ice rock in the snow', water: 'the icy water beside the snow', high: 'the top of the snowy hill', obstacle: 'the deep, deep snow', sound: 'the snow crunched underfoot', things: ['lantern', 'tent', 'star'] }),
  sky: place({ in: 'high in the sky among the clouds', within: 'up in the sky', the: 'the sky', home: 'a soft cloud high in the sky', landmark: 'the biggest cloud in the sky', water: 'a rain cloud in the sky', high: 'the very top of the sky', obstacle: 'a wall of grey clouds in the sky', sound: 'the wind sang across the sky', things: ['kite', 'balloon', 'rainbow'] }),
  space: place({ in: 'far away in space', within: 'out in space', the: 'space', home: 'a little round space station far out in space', landmark: 'the silver rocket', water: 'a pool of stardust in space', high: 'the farthest star in space', obstacle: 'a cloud of tumbling rocks in space', sound: 'the stars twinkled all around', things: ['rocket', 'star', 'moon'] }),
};
