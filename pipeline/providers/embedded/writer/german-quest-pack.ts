import { capitalize } from './english-grammar';
import { genitive, withZu } from './german-grammar';
import type { GermanGoalPack } from './german-goal-pack';
import { definiteHero, ownGerman, type GermanVoice } from './german-voice';
import { colour, plot } from './story-text';

/** Der Held träumt davon, irgendwohin zu gehen oder etwas einmal zu tun: „das Meer sehen“. */
export function germanQuestPack(phrase: string): GermanGoalPack {
  const verb = (v: GermanVoice) => ownGerman(v, phrase);
  return {
    wish: (v) => [
      plot(`Aber ${v.known} hatte einen großen Traum. Mehr als alles auf der Welt wollte ${v.er} ${verb(v)}.`),
      plot(`„Eines Tages“, sagte ${v.er} jeden Abend und schaute hinauf zu den Sternen, „eines Tages schaffe ich das.“`),
      colour(`Alle sagten, es sei zu weit und zu schwer, aber ${v.name} hörte nie auf zu träumen.`),
    ],
    attempts: [
      (v, when) => [plot(`${when} packte ${v.name} einen Korb mit Brot und einem Apfel und machte sich auf den Weg.`), plot(`Aber ${v.er} war noch nicht weit gekommen, da versperrte ${v.place.obstacle} den Weg, und es ging nicht weiter.`), colour(`Also trottete ${v.er} den ganzen Weg zurück nach Hause, den Korb noch immer voll.`)],
      (v, when) => v.place.underwater
        ? [plot(`${when} versuchte ${v.name} einen anderen Weg, durch den hohen Seetang und über das Riff.`), plot(`Aber eine Wolke aus Sand wirbelte auf, und ${v.er} schwamm im Kreis, bis ${v.er} wieder genau dort war, wo ${v.er} losgeschwommen war.`)]
        : [plot(`${when} versuchte ${v.name} einen anderen Weg, durch das hohe Gras und über den Hügel.`), plot(`Aber dichter Nebel zog auf, und ${v.er} lief im Kreis, bis ${v.er} wieder genau dort stand, wo ${v.er} losgegangen war.`)],
      (v, when) => v.place.underwater
        ? [plot(`${when} bat ${v.name} einen großen freundlichen Wal, ${v.ihn} dorthin zu tragen.`), plot(`Aber der Wal schlief tief und fest und schnarchte so laut, dass ${v.name} zwischen den Luftblasen Purzelbäume schlug.`)]
        : [plot(`${when} baute ${v.name} aus einer alten Kiste einen kleinen Wagen, mit vier Knöpfen als Rädern.`), plot('Der Wagen rollte drei ganze Minuten lang wunderbar, und dann fielen alle vier Räder auf einmal ab.'), colour(`${v.name} saß in dem kaputten Wagen und seufzte.`)],
      (v, when) => [plot(`${when} bat ${v.name} den Wind, ${v.ihn} dorthin zu tragen.`), plot(`Der Wind blies und blies, aber alles, was er davontrug, war ${v.sein}e Mütze.`)],
    ],
    despair: (v) => `„Ich werde niemals ${ownGerman(v, phrase, 'speaker')} können“, sagte ${v.er}. „Es ist einfach zu weit.“`,
    advice: (v) => [
      plot(`„Es gibt immer einen anderen Weg“, sagte ${v.helper}, „aber du musst ihn nicht allein finden.“ ${v.h.Er} rollte eine alte Landkarte aus. „Schau, hier führt ein Pfad außen herum. Morgen früh, bei Tagesanbruch, gehen wir zusammen.“`),
    ],
    practice: (v) => [
      plot(`Also machten sie sich bei Tagesanbruch gemeinsam auf den Weg, ${v.name} und ${v.helper}, und folgten der Karte.`),
      plot(`${v.place.underwater ? 'Sie schwammen an einem alten Anker vorbei und ein langes Riff entlang' : 'Sie gingen über eine alte Brücke und einen langen Hügel hinauf'}, und als ${genitive(v.name)} ${v.place.underwater ? 'Flossen' : 'Beine'} müde wurden, erzählte ${v.helper} Geschichten, damit der Weg kürzer wurde.`),
    ],
    hardPart: (v) => [
      plot(v.place.underwater ? 'Der Weg war lang. Das Wasser wurde kalt und dunkel, dann warm und hell und dann wieder kalt.' : 'Der Weg war lang. Die Sonne stieg hoch und heiß, dann kam der Regen und dann wieder die Sonne.'),
      plot(`Einmal wollte ${v.name} umkehren, aber ${v.helper} zeigte auf den Pfad auf der Karte. „Schau, wie weit wir schon gekommen sind“, sagte ${v.h.er}. Und sie ${v.place.underwater ? 'schwammen' : 'gingen'} weiter.`),
    ],
    success: (v) => [
      plot(`Und dann, endlich, kamen sie über ${v.place.underwater ? 'das allerletzte Riff' : 'den allerletzten Hügel'}, und ${v.name} blieb stehen und staunte.`),
      plot(`${v.Er} hatte es geschafft. Endlich konnte ${v.er} ${verb(v)}, und es war noch viel wunderbarer, als ${v.er} es sich je erträumt hatte.`),
    ],
    dream: (v) => `davon, bald wieder ${withZu(verb(v))}`,
    titles: (v) => [`${genitive(v.name)} große Reise`, `${capitalize(definiteHero(v))}, ${v.relative} ${verb(v)} wollte`, `${v.name} macht sich auf den Weg`],
  };
}
