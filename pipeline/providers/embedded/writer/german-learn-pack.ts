import { capitalize } from './english-grammar';
import { indefinite } from './german-grammar';
import type { GermanGoalPack } from './german-goal-pack';
import { GERMAN_LEARN_DETAILS } from './german-learn-details';
import { germanPerseverance } from './german-perseverance';
import { definiteHero, type GermanVoice } from './german-voice';
import { colour, plot, type Sentence } from './story-text';

/** Ein Held will etwas lernen: schwimmen, fliegen oder was die Vorgabe nennt. */
export function germanLearnPack(verb: string): GermanGoalPack {
  const detail = GERMAN_LEARN_DETAILS[verb];
  const generic = GENERIC_ATTEMPTS.map((attempt) => (v: GermanVoice, when: string) => attempt(v, when, verb));
  return {
    wish: (v) => [
      plot(`Aber ${v.known} hatte einen geheimen Wunsch. Mehr als alles auf der Welt wollte ${v.er} ${verb} lernen.`),
      plot(`Jeden Tag sah ${v.er} ${detail?.watch ?? v.others} zu, und jeden Tag seufzte ${v.er} einen langen, kleinen Seufzer.`),
      colour(`„${capitalize(indefinite([], v.kind))}, ${v.relative} ${verb} kann? Wer hat denn so etwas schon gehört?“, flüsterte ${v.er}. „Aber ach, wie gern würde ich es können.“`),
    ],
    attempts: detail ? [...detail.attempts, generic[2], generic[3]] : generic,
    despair: (v) => `„Ich werde nie, nie im Leben ${verb} können“, sagte ${v.er}, und eine dicke Träne rollte über ${v.sein}e Wange.`,
    advice: (v) => [
      plot(detail?.advice(v) ?? `„Niemand lernt ${verb} an einem einzigen Tag“, sagte ${v.helper} sanft. „Ich nicht und auch sonst niemand. Fang klein an, übe jeden Tag ein bisschen und hab keine Angst vorm Wackeln.“`),
      colour(`„Und du musst es nicht allein schaffen“, fügte ${v.h.er} lächelnd hinzu. „Ich helfe dir.“`),
    ],
    practice: (v) => [
      plot(`Also ging ${v.name} jeden Morgen zu ${v.helper}, um zu üben.`),
      plot(detail?.practice(v) ?? `Am ersten Tag versuchte ${v.er} nur den allerkleinsten Schritt und wackelte nur ein bisschen. Am zweiten Tag versuchte ${v.er} zwei Schritte und wackelte ganz schön. Am Ende der Woche wackelte ${v.er} weniger und lachte mehr.`),
      colour(`„Noch einmal“, sagte ${v.helper} jedes Mal, und jedes Mal versuchte ${v.name} es noch einmal.`),
    ],
    hardPart: germanPerseverance,
    success: (v) => [
      plot(`Dann, an einem sonnigen Morgen, holte ${v.name} tief Luft und versuchte es noch einmal.`),
      ...(detail?.success(v) ?? [plot(`Langsam und vorsichtig, genau wie ${v.helper} es ${v.ihm} gezeigt hatte, fing ${v.er} an, und diesmal ging nichts schief. ${v.name} konnte ${verb}!`)]),
      colour(`„Ich hab’s geschafft!“, rief ${v.er}. „Ich hab’s wirklich geschafft!“`),
    ],
    dream: () => detail?.dream ?? `davon, wie schön es ist, ${verb} zu können`,
    titles: (v) => [`${v.name} lernt ${verb}`, `Wie ${v.name} ${verb} lernte`, `${capitalize(definiteHero(v))}, ${v.relative} ${verb} lernte`],
  };
}

type Attempt = (v: GermanVoice, when: string, verb: string) => Sentence[];

const GENERIC_ATTEMPTS: Attempt[] = [
  (v, when) => [
    plot(`${when} beschloss ${v.name}, es ganz allein zu versuchen. ${v.Er} holte tief Luft und gab sich die allergrößte Mühe.`),
    plot(`Aber es war viel schwerer, als es aussah, und plumps! landete ${v.er} auf dem Boden.`),
    colour(`„Vielleicht morgen“, sagte ${v.er} und rieb sich die Nase.`),
  ],
  (v, when, verb) => [
    plot(`${when} fand ${v.name} ein altes Buch, in dem genau erklärt wurde, wie man ${verb} lernt, und las es von vorne bis hinten.`),
    plot(`${v.Er} kannte jedes Wort auswendig. Aber als ${v.er} es versuchte, verhedderten sich ${v.sein}e ${v.limbs}, und nichts klappte so, wie es im Buch stand.`),
    colour(`Mit einem Rums klappte ${v.er} das Buch zu.`),
  ],
  (v, when) => [
    plot(`${when} übte ${v.name} heimlich bei ${v.place.landmarkDative}, ganz allein, bis der Mond aufging.`),
    plot(`Aber je mehr ${v.er} sich beeilte, desto mehr ging schief, bis ${v.er} viel zu müde war, um es noch einmal zu versuchen.`),
    colour(v.place.underwater ? 'Eine alte Schildkröte schwamm vorbei und schüttelte den Kopf, als wollte sie sagen: „So nicht.“' : 'Eine Eule schuhute leise von einem Ast, als wollte sie sagen: „So nicht.“'),
  ],
  (v, when) => [
    plot(`${when} versuchte ${v.name}, alles genau so zu machen wie die anderen.`),
    plot(`Aber ${v.er} war nun einmal ${indefinite([], v.kind)}, und ${v.er} war ${v.er} selbst, und so klappte es einfach nicht.`),
    colour(`Mit einem Brummen ließ ${v.er} sich ins Gras plumpsen.`),
  ],
];
