import { definite, GERMAN_ADJECTIVE_STEMS } from './german-grammar';
import type { GermanVoice } from './german-voice';

const COLOUR_LIKE: Record<string, string> = {
  red: 'ein reifer Apfel', blue: 'der Sommerhimmel', green: 'ein Frühlingsblatt', golden: 'die Morgensonne', yellow: 'eine Butterblume', white: 'frischer Schnee',
  black: 'der Nachthimmel', grey: 'eine Regenwolke', gray: 'eine Regenwolke', silver: 'der Mond', brown: 'eine Eichel',
};

/** Ein Satz darüber, was das Adjektiv der Vorgabe für diesen Helden bedeutet. */
export function germanTrait(v: GermanVoice): string | null {
  const adjective = v.cast.hero.adjective;
  if (!adjective) return null;
  const traits: Record<string, string> = {
    shy: `${v.name} war sehr schüchtern. Wenn jemand Hallo sagte, versteckte ${v.er} sich bei ${v.place.landmarkDative} und lugte mit einem Auge hervor.`,
    timid: `${v.name} war sehr ängstlich und zuckte beim kleinsten Geräusch zusammen.`,
    brave: `${v.name} war bei den meisten Dingen mutig: bei Donner, bei Spinnen, sogar bei dem großen Hund in der Gasse.`,
    curious: `${v.name} war neugierig auf alles und stellte an einem Tag mehr Fragen, als der Wind in einem Jahr beantworten konnte.`,
    lonely: `Aber ${v.name} war oft einsam, denn in der Nähe wohnte sonst niemand.`,
    grumpy: `${v.name} war vor dem Frühstück ein kleines bisschen mürrisch, und manchmal auch danach.`,
    clumsy: `${v.name} war ein bisschen tollpatschig und stolperte mindestens zweimal am Tag über ${v.sein}e eigenen ${v.limbs}.`,
    sleepy: `${v.name} liebte nichts so sehr wie ein Nickerchen und gähnte die größten Gähner weit und breit.`,
    little: `${v.name} war ${definite(['kleinst'], v.kind)} weit und breit, aber ${v.sein} Herz war riesengroß.`,
    small: `${v.name} war ${definite(['kleinst'], v.kind)} weit und breit, aber ${v.sein} Herz war riesengroß.`,
    tiny: `${v.name} war so winzig, dass eine Teetasse eine prima Badewanne gewesen wäre.`,
    old: `${v.name} war alt und weise, aber eines hatte ${v.er} noch nie getan.`,
    clever: `${v.name} war klug und konnte fast jedes Rätsel lösen. Fast.`,
    kind: `${v.name} war zu allen freundlich, sogar zu der mürrischen alten Krähe.`,
    silly: `${v.name} war wunderbar albern und konnte jeden zum Lachen bringen.`,
    impatient: `${v.name} war ungeduldig und wollte immer alles sofort.`,
  };
  if (traits[adjective]) return traits[adjective];
  const stem = GERMAN_ADJECTIVE_STEMS[adjective];
  if (COLOUR_LIKE[adjective]) return `${v.name} war so ${stem} wie ${COLOUR_LIKE[adjective]}, von der Nasenspitze bis zu den ${v.limbsDative}.`;
  return stem ? `Jeder ${v.place.im} wusste, wie ${stem} ${v.name} war.` : null;
}

/** Wie das Adjektiv am Ende aussieht, wenn der Held gewachsen ist. */
export function germanTraitEcho(v: GermanVoice): string | null {
  const echoes: Record<string, string> = {
    shy: `Und zum ersten Mal fühlte sich ${v.name} überhaupt nicht schüchtern.`,
    timid: `Und zum ersten Mal zuckte ${v.name} bei keinem einzigen Geräusch zusammen.`,
    lonely: `Und ${v.name} war nicht mehr einsam.`,
    grumpy: `Selbst ${v.name} konnte heute nicht mürrisch sein.`,
    impatient: `${v.name} hatte gelernt, dass die besten Dinge ein bisschen Zeit brauchen.`,
    little: `${v.name} war noch immer klein, aber ${v.er} fühlte sich so groß wie ein Baum.`,
    small: `${v.name} war noch immer klein, aber ${v.er} fühlte sich so groß wie ein Baum.`,
    tiny: `${v.name} war noch immer winzig, aber ${v.er} fühlte sich so groß wie ein Baum.`,
  };
  return echoes[v.cast.hero.adjective ?? ''] ?? null;
}
