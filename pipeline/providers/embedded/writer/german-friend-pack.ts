import type { CharacterKind } from '../../../model';
import { definite, definiteAccusative, GERMAN_KINDS, indefinite, personalPronoun } from './german-grammar';
import type { GermanGoalPack } from './german-goal-pack';
import type { GermanVoice } from './german-voice';
import { colour, plot } from './story-text';

const NEW_FRIENDS: CharacterKind[] = ['rabbit', 'hedgehog', 'mouse', 'duck', 'squirrel', 'fox', 'bear', 'frog'];
const SEA_FRIENDS: CharacterKind[] = ['fish', 'octopus', 'turtle', 'dolphin', 'whale'];

/** Der Held ist einsam und wünscht sich einen Freund; der Freund ist auch einsam. */
export function germanFriendPack(): GermanGoalPack {
  const friend = (v: GermanVoice) => {
    const choices = (v.place.underwater ? SEA_FRIENDS : NEW_FRIENDS).filter((kind) => kind !== v.cast.hero.kind && kind !== v.cast.helper.kind);
    return GERMAN_KINDS[choices[v.name.length % choices.length]];
  };
  return {
    wish: (v) => [
      plot(`Aber ${v.known} war einsam. ${capitalizeFirst(v.place.im)} gab es niemanden zum Spielen und niemanden, dem ${v.er} ${v.sein}e Geheimnisse erzählen konnte.`),
      plot(`Jeden Abend sah ${v.er} ${v.others} beim Spielen zu und wünschte sich von ganzem Herzen einen eigenen Freund.`),
      colour(`„Nur ein einziger Freund“, flüsterte ${v.er} dem ersten Stern zu. „Mehr wünsche ich mir nicht.“`),
    ],
    attempts: [
      (v, when) => v.place.underwater
        ? [plot(`${when} sah ${v.name} eine kleine Krabbe bei ${v.place.landmarkDative} und rief, so laut ${v.er} konnte: „HALLO!“`), plot('Aber die Krabbe erschrak so sehr, dass sie sofort in ein Loch im Felsen krabbelte und nicht wieder herauskam.')]
        : [plot(`${when} sah ${v.name} einen kleinen Vogel bei ${v.place.landmarkDative} und rief, so laut ${v.er} konnte: „HALLO!“`), plot('Aber der Vogel erschrak so sehr, dass er mit lautem Flattern davonflog und nicht wiederkam.')],
      (v, when) => [plot(`${when} backte ${v.name} einen großen Kuchen, um ihn mit allen zu teilen.`), plot(`Aber unterwegs stolperte ${v.er} über eine Wurzel, und der Kuchen landete platsch! verkehrt herum im Matsch.`), colour(`„Ach, herrje“, sagte ${v.name} und leckte sich den Zuckerguss von der Nase.`)],
      (v, when) => [plot(`${when} wollte ${v.name} bei einem Ballspiel mitspielen.`), plot(`Aber ${v.er} kannte die Regeln nicht und schoss den Ball so fest, dass er über ${v.place.underwater ? 'das Riff' : 'den Hügel'} hüpfte, weit, weit weg.`), colour(`Alle gingen den Ball suchen, und ${v.name} war wieder allein.`)],
      (v, when) => [plot(`${when} stand ${v.name} mit ${v.sein}em schönsten Schal ganz still da und hoffte, dass jemand ${v.ihn} bemerken würde.`), plot(`Jemand bemerkte ${v.ihn} tatsächlich: eine Fliege, die sich auf ${v.sein}e Nase setzte und frech summte.`)],
    ],
    despair: (v) => `„Niemand wird jemals mit mir befreundet sein wollen“, sagte ${v.er} leise.`,
    advice: (v) => [
      plot(`„Freunde findet man nicht mit lautem Hallo oder großen Kuchen“, sagte ${v.helper}. „Man findet sie, indem man aufmerksam ist. Schau dich um. Gibt es jemanden, der auch einsam ist?“`),
    ],
    practiceLeadsToSuccess: true,
    practice: (v) => [
      plot(`Also sah sich ${v.name} ${v.place.im} ganz genau um.`),
      plot(`Und dort, ganz allein bei ${v.place.landmarkDative}, saß ${indefinite(['klein'], friend(v))} mit traurigem Gesicht und malte Kreise in den ${v.place.underwater ? 'Sand' : 'Staub'}.`),
    ],
    success: (v) => {
      const other = friend(v);
      const pronoun = personalPronoun(other.gender);
      return [
        plot(`${v.name} setzte sich neben ${definiteAccusative(other)}, nicht zu nah, und sagte leise: „Hallo. Ich bin ${v.name}. Möchtest du mit mir spielen?“`),
        plot(`${capitalizeFirst(definite([], other))} sah auf und lächelte schüchtern. „Ja“, sagte ${pronoun}. „Ja, gern.“ Und von diesem Augenblick an waren die beiden die allerbesten Freunde.`),
      ];
    },
    dream: (v) => `von all den Spielen, die ${v.er} morgen mit ${v.sein}em neuen Freund spielen würde`,
    titles: (v) => [`${v.name} findet einen Freund`, capitalizeFirst(definite(['einsam'], v.kind)), `Ein Freund für ${v.name}`],
  };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
