import type { EnglishVoice } from './english-voice';
import { colour, plot, type Sentence } from './story-text';

/** What is particular about learning some skills: who does it already, the tries, the knack. */
export interface LearnDetail {
  others: string;
  where(v: EnglishVoice): string;
  attempts: ((v: EnglishVoice, when: string) => Sentence[])[];
  advice(v: EnglishVoice): string;
  practice(v: EnglishVoice): string;
  success(v: EnglishVoice): Sentence[];
  dream: string;
}

export const LEARN_DETAILS: Record<string, LearnDetail> = {
  swim: {
    others: 'the ducks',
    where: (v) => `in ${v.place.water}`,
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} tiptoed down to ${v.place.water} and dipped in one ${v.toe}.`), plot(`The water was so cold that ${v.he} jumped straight back out and landed, bump, on the bank.`), colour(`"Maybe tomorrow," ${v.he} whispered, shivering.`)],
      (v, when) => [plot(`${when}, ${v.name} took a great big run and leapt into the water with an enormous splash.`), plot(`${v.He} kicked and flapped and puffed, but ${v.he} sank like a stone and had to scramble out, dripping and sneezing.`), colour(`A frog on a lily pad blinked at ${v.him}, and ${v.name} blushed to the tip of ${v.his} nose.`)],
      (v, when) => [plot(`${when}, ${v.name} found an old wooden boat and climbed in, thinking ${v.he} could learn from there.`), plot(`But the boat drifted out into the middle of the water and spun round and round, and ${v.name} had to paddle all the way back with ${v.his} ${v.limbs}.`), colour(`By the time ${v.he} reached the shore, ${v.he} was as dizzy as a spinning top.`)],
    ],
    advice: (v) => `"Start where the water is shallow, where your ${v.toe}s can touch the bottom," said ${v.helper}. "Then kick, and breathe, and let the water hold you up. It wants to, you know."`,
    practice: (v) => `On the first day ${v.he} only splashed ${v.his} ${v.toe}s. On the second day ${v.he} waded in up to ${v.his} middle. On the third day ${v.he} lay in the shallow water and kicked, while ${v.helper} swam beside ${v.him}.`,
    success: (v) => [plot(`${v.He} pushed off from the bank, kicked ${v.his} legs and paddled ${v.his} ${v.limbs}, and all at once the water held ${v.him} up like a soft, cool hand.`), plot(`${v.name} was swimming! ${v.He} swam past the reeds and round the lily pads, all the way across ${v.place.water}.`)],
    dream: 'of swimming with the fish',
  },
  fly: {
    others: 'the birds',
    where: (v) => `high above ${v.place.the}`,
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} climbed onto ${v.place.landmark} and flapped ${v.his} ${v.limbs} as fast as ${v.he} could.`), plot(`${v.He} jumped, and for one wonderful moment ${v.he} hung in the air. Then down ${v.he} tumbled, into a soft pile of leaves.`), colour(`"That was nearly flying," ${v.he} said bravely, picking leaves out of ${v.his} ears.`)],
      (v, when) => [plot(`${when}, while the wind was blowing hard, ${v.name} held on tight to a big red kite.`), plot(`The wind lifted ${v.him} up, up, up, and then dropped ${v.him}, plop, into a prickly bush.`), colour(`The kite sailed off over the hills without ${v.him}.`)],
      (v, when) => [plot(`${when}, ${v.name} carried a big umbrella to ${v.place.high} and held it high over ${v.his} head.`), plot(`${v.He} jumped, but the umbrella turned inside out with a whoosh, and ${v.name} slid all the way back down on ${v.his} bottom.`)],
    ],
    advice: (v) => `"Flying isn't about flapping hard," said ${v.helper}. "It's about trusting the wind. Spread out wide, lean into it, and let it carry you."`,
    practice: (v) => `On the first day ${v.he} only hopped from a log. On the second day ${v.he} glided from a rock, just a little way. On the third day the wind caught ${v.him} for a moment, and ${v.he} laughed out loud.`,
    success: (v) => [plot(`${v.He} spread ${v.his} ${v.limbs} wide, leaned into the wind, and this time the wind lifted ${v.him} gently up and up, over ${v.place.landmark} and across the sky.`), plot(`${v.name} was flying! Below ${v.him}, ${v.place.the} looked as small and bright as a picture in a book.`)],
    dream: 'of flying among the clouds',
  },
  read: {
    others: 'the big children',
    where: (v) => `under ${v.place.landmark}`,
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} opened a big book full of stories and stared at the page.`), plot(`But the letters wriggled and jumbled like ants at a picnic, and not one of them would stay still.`)],
      (v, when) => [plot(`${when}, ${v.name} tried reading the book upside down, in case that was the trick.`), plot(`It was not the trick. The letters only looked more puzzled than before.`), colour(`${v.He} turned the book the right way up again and sighed.`)],
      (v, when) => [plot(`${when}, ${v.name} sat up late with a candle and the book, and decided to read it all in one night.`), plot(`But the candle flickered, ${v.his} eyes grew heavy, and ${v.he} fell fast asleep with ${v.his} nose on page one.`)],
    ],
    advice: (v) => `"Letters are like new friends," said ${v.helper}. "You get to know them one at a time. Let's start with the first letter of your name."`,
    practice: (v) => `On the first day ${v.he} learned the letters of ${v.his} name. On the second day ${v.he} learned the letters of ${v.helper}'s name. By the end of the week ${v.he} could find every letter in the book.`,
    success: (v) => [plot(`${v.He} looked at the first word, and it stayed still. Then the next one did too.`), plot(`Slowly, one word at a time, ${v.name} read the whole first page out loud. ${v.He} was reading!`)],
    dream: 'of all the stories waiting in all the books in the world',
  },
  sing: {
    others: 'the birds',
    where: (v) => `in ${v.place.landmark}`,
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} stood on ${v.place.landmark}, took a deep breath and sang out loud.`), plot(`But what came out was a croak so loud and so wobbly that every bird in ${v.place.the} flew off in a flutter.`)],
      (v, when) => [plot(`${when}, ${v.name} tried singing very, very softly instead.`), plot(`${v.He} sang so softly that nobody could hear ${v.him} at all, not even ${v.himself}.`)],
      (v, when) => [plot(`${when}, ${v.name} learned a long song with eleven verses.`), plot(`But halfway through the second verse ${v.he} forgot the words and had to hum, and the humming turned into a hiccup.`)],
    ],
    advice: (v) => `"A song is just a feeling you let out," said ${v.helper}. "Don't sing to be loud or clever. Sing the way you feel, and the tune will follow."`,
    practice: (v) => `On the first day ${v.he} hummed. On the second day ${v.he} sang one line. On the third day ${v.he} sang a whole verse, and only one bird flew away, and it came back.`,
    success: (v) => [plot(`${v.He} closed ${v.his} eyes and sang the way ${v.he} felt, and the song came out warm and clear as the morning.`), plot(`The birds came back to listen, and one by one they joined in. ${v.name} was singing!`)],
    dream: 'of songs',
  },
};
