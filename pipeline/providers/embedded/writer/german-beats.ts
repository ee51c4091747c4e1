import { definite, relativePronoun } from './german-grammar';
import type { GermanGoalPack } from './german-goal-pack';
import { germanTrait, germanTraitEcho } from './german-traits';
import type { GermanVoice } from './german-voice';
import { colour, plot, type Paragraph, type Sentence } from './story-text';

/** Der Rahmen der Geschichte, für jedes Ziel gleich: Zuhause, Tiefpunkt, Hilfe, Heimkehr. */
const mornings = (v: GermanVoice) => [
  `sah ${v.er} zu, wie die Sonne über ${v.place.landmarkDative} aufging`,
  `sagte ${v.er} den Blumen guten Morgen, einer nach der anderen`,
  `aß ${v.er} warmes Brot mit Honig zum Frühstück`,
  `zählte ${v.er} die Wolken, die vorüberzogen`,
  `summte ${v.er} ein kleines Lied, während ${v.er} aufräumte`,
];

const afternoons = (v: GermanVoice) => [
  `spielte ${v.er} Verstecken rund um ${v.place.landmarkAccusative}`,
  `sammelte ${v.er} Blumen und lustig geformte Steine`,
  `hielt ${v.er} ein kleines Schläfchen in der Sonne`,
  `baute ${v.er} Türme aus Stöcken und Kieseln`,
];

function maybe(text: string | null): Sentence[] {
  return text ? [plot(text)] : [];
}

export function germanOpening(v: GermanVoice): Paragraph {
  const morning = v.pick(mornings(v));
  const inPlace = v.place.in.charAt(0).toUpperCase() + v.place.in.slice(1);
  return v.pick<() => Paragraph>([
    () => [plot(`Es war einmal ${v.described} namens ${v.name}, ${v.relative} ${v.place.in} lebte.`), plot(`${v.Sein} Zuhause war ${v.place.home}, und jeden Morgen ${morning}.`), ...maybe(germanTrait(v)), colour(`${v.place.sound}.`)],
    () => [plot(`${inPlace} lebte einmal ${v.described} namens ${v.name}.`), plot(`${v.Sein} Zuhause war ${v.place.home}, und ${v.er} hatte es sehr lieb.`), ...maybe(germanTrait(v)), colour(`Jeden Morgen ${morning}.`)],
  ])();
}

export function germanEveryday(v: GermanVoice): Paragraph {
  return [
    plot(`${v.name} hatte ein glückliches Leben. Morgens ${v.pick(mornings(v))}, nachmittags ${v.pick(afternoons(v))}, und abends saß ${v.er} am Fenster und sah zu, wie die Sterne aufgingen.`),
    plot(`${v.Sein} Lieblingsding auf der ganzen Welt war ${v.pick(['eine kleine Laterne', 'ein Buch voller Geschichten', 'ein roter Ball', 'ein Korb aus Weiden'])}, ein Geschenk ${v.sein}er Großmutter.`),
    colour(`An Regentagen las ${v.er} alte Geschichten, und an Sonnentagen dachte ${v.er} sich neue aus.`),
  ];
}

/** Wann die Versuche geschehen: Wetter und Tageszeit wechseln, damit auch die Bilder wechseln. */
export function germanAttemptTimes(v: GermanVoice): string[] {
  return [
    'An einem hellen Morgen',
    v.cast.place === 'snowfield' ? 'Am nächsten Tag, als leise Schnee fiel,' : 'Am nächsten Tag, im leisen grauen Regen,',
    'Am Nachmittag, als der Wind an allem zerrte,',
    'Früh am nächsten Morgen, im Morgengrauen,',
    'An einem nebligen Morgen',
  ];
}

export function germanSetback(v: GermanVoice): Paragraph {
  return [
    plot(`Dann, eines Abends, zog ein großer Sturm ${v.place.over} auf. Der Regen prasselte, der Wind heulte, und der Donner grollte laut.`),
    plot(`${v.name} blieb zu Hause und lauschte dem Sturm, und ${v.sein} Wunsch schien weiter weg als je zuvor.`),
    colour('Tropf, tropf, machte der Regen. Tropf, tropf.'),
  ];
}

export function germanLowPoint(v: GermanVoice, pack: GermanGoalPack): Paragraph {
  return [
    plot(`An diesem Abend, in der Dämmerung, saß ${v.name} ganz allein bei ${v.place.landmarkDative}.`),
    plot(pack.despair(v)),
    colour(`Das Abendlicht wurde rosa, dann lila, dann grau, und ${v.name} fühlte sich kleiner als je zuvor.`),
  ];
}

export function germanHelp(v: GermanVoice, pack: GermanGoalPack, afterLowPoint: boolean): Paragraph {
  const arrival = afterLowPoint
    ? [plot('„Was ist denn los?“, fragte eine freundliche Stimme.'), plot(`Es war ${definite(['alt'], v.helperKind)} ${v.helper}, ${relativePronoun(v.helperKind.gender)} schon länger ${v.place.im} lebte, als sich irgendwer erinnern konnte.`)]
    : [plot(`Da kam ${definite(['weise', 'alt'], v.helperKind)} ${v.helper} vorbei und sah, wie traurig ${v.name} war. ${v.name} erzählte ${v.h.ihm} alles.`)];
  return [...arrival, ...pack.advice(v)];
}

export function germanNews(v: GermanVoice): Paragraph {
  return [
    plot(`Neuigkeiten verbreiten sich schnell ${v.place.im}. ${v.place.underwater ? 'Die Fische erzählten es den Krabben, die Krabben erzählten es der Strömung, und die Strömung erzählte es allen anderen.' : 'Die Bienen erzählten es den Blumen, die Blumen erzählten es dem Wind, und der Wind erzählte es allen anderen.'}`),
    plot(`Bis zum Mittag gab es niemanden mehr, der nicht gehört hatte, was ${v.name} geschafft hatte, und alle wollten die Geschichte noch einmal hören.`),
    colour(`${v.name} erzählte sie siebenmal, und jedes Mal wurde sie ein kleines bisschen besser.`),
  ];
}

export function germanCelebration(v: GermanVoice): Paragraph {
  return [
    plot(`Am Nachmittag kamen alle zusammen, um zu feiern. Es gab Kuchen und Honig und Äpfel, und ${v.helper} hielt eine kleine Rede.`),
    plot(`„${v.name}“, sagte ${v.h.er}, „du hast es versucht und versucht und nie aufgegeben. Das ist das Mutigste von allem.“`),
    colour(`${v.name} lächelte das größte Lächeln, das ${v.er} je gelächelt hatte.`),
  ];
}

export function germanGoingHome(v: GermanVoice, pack: GermanGoalPack): Paragraph {
  const ending = v.cast.bedtime
    ? plot(`${v.name} kuschelte sich ins Bett, schloss die Augen, schlief tief und fest ein und träumte ${pack.dream(v)}.`)
    : plot(`${v.name} lächelte still vor sich hin, denn morgen würde wieder ein wunderbarer Tag werden.`);
  return [
    plot(`In dieser Nacht ging ${v.name} müde und glücklich nach Hause.`),
    ...maybe(germanTraitEcho(v)),
    colour(`Der Mond ging ${v.place.over} auf, die Sterne kamen einer nach dem anderen heraus, und alles wurde still.`),
    ending,
    plot('Ende.'),
  ];
}
