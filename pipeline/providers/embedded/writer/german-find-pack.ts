import type { GermanGoalPack } from './german-goal-pack';
import { ownGerman, type GermanVoice } from './german-voice';
import { colour, plot } from './story-text';

/** Der Held hat etwas verloren oder will etwas Wunderbares finden. `wanted` steht im Akkusativ. */
export function germanFindPack(wanted: string, lost: boolean): GermanGoalPack {
  const thing = (v: GermanVoice) => ownGerman(v, wanted);
  return {
    wish: (v) => lost
      ? [plot(`Eines Morgens wachte ${v.known} auf und wollte ${thing(v)} holen. Doch wo ${v.er} auch nachsah, ${v.er} fand nichts.`), plot(`${v.Er} suchte auf dem Regal und unter dem Bett und hinter der Tür, aber ${v.er} konnte ${thing(v)} nirgends finden.`), colour(`„Weglaufen kann so etwas doch nicht“, sagte ${v.er}. „Ich muss es wiederfinden.“`)]
      : [plot(`Eines Abends hörte ${v.known} eine alte Geschichte: Irgendwo ${v.place.im} sollte man ${thing(v)} finden können.`), plot(`Von da an konnte ${v.er} an nichts anderes mehr denken. Mehr als alles auf der Welt wollte ${v.er} ${thing(v)} finden.`), colour(`„Morgen“, sagte ${v.er}, „morgen fange ich an zu suchen.“`)],
    attempts: [
      (v, when) => [plot(`${when} suchte ${v.name} überall rund um ${v.place.landmarkAccusative}.`), plot(`${v.Er} schaute oben und unten, unter jedes Blatt und hinter jeden Stein, aber ${v.er} fand nur eine verschlafene Schnecke, die sich übers Aufwecken beschwerte.`)],
      (v, when) => [plot(`${when} folgte ${v.name} ein paar Spuren im weichen Schlamm, denn ${v.er} war sicher, dass die Spuren ${v.ihn} ans Ziel führen würden.`), plot(`Sie führten immer im Kreis herum, bis ${v.name} merkte, dass es ${v.sein}e eigenen Spuren waren.`), colour(`Da musste ${v.er} selbst lachen.`)],
      (v, when) => [plot(`${when} kletterte ${v.name} ${v.place.toHigh}, um weit und breit Ausschau zu halten.`), plot(`Aber dichter Nebel zog auf, und ${v.er} konnte nicht einmal mehr ${v.sein}e eigene Nasenspitze sehen.`)],
      (v, when) => [plot(`${when} fragte ${v.name} alle, die ${v.er} traf, ob sie ${thing(v)} gesehen hätten.`), plot('Die Enten hatten nichts gesehen. Die Bienen hatten keine Zeit. Und die alte Katze gähnte nur und schlief wieder ein.')],
    ],
    despair: (v) => `„Ich werde ${ownGerman(v, wanted, 'speaker')} nie ${lost ? 'wieder' : ''}finden“, sagte ${v.er}, und ${v.sein}e Stimme zitterte.`,
    advice: (v) => [
      plot(`„Ich glaube, ich weiß, wo du suchen musst“, sagte ${v.helper} und malte mit einem Stock eine kleine Landkarte in den Sand. „Folge dem Weg an ${v.place.landmarkDative} vorbei und schau dort, wo am Ende des Tages das letzte Licht hinfällt.“`),
      colour(`Dann gab ${v.h.er} ${v.name} eine Laterne, „für den Heimweg“.`),
    ],
    practice: (v) => [
      plot(`Also machte sich ${v.name} mit der Karte und der Laterne auf den Weg, an ${v.place.landmarkDative} vorbei und weiter, als ${v.er} je zuvor gewesen war.`),
      colour(`${v.Sein}e Beine wurden müde, aber ${v.er} ging immer weiter, einen Schritt und dann noch einen.`),
    ],
    hardPart: (v) => [
      plot(`Der Weg wurde dunkel, und die Laterne flackerte. Zweimal bog ${v.name} falsch ab, und einmal glaubte ${v.er}, etwas Großes im Schatten zu hören.`),
      plot(`Aber es war nur der Wind, und ${v.name} dachte an die Karte und fand den Weg wieder.`),
    ],
    success: (v) => [
      plot(`Und dort, genau wo das letzte Abendlicht hinfiel, fand ${v.er} ${thing(v)}!`),
      plot(`${v.name} hielt den Fund ganz fest. „Ich hab’s gefunden“, flüsterte ${v.er}. „Ich hab’s wirklich gefunden.“`),
    ],
    dream: (v) => `davon, wie ${v.er} ${thing(v)} ${lost ? 'wieder' : ''}gefunden hatte`,
    titles: (v) => [`${v.name} sucht ${thing(v)}`, `${v.name} und die große Suche`, `Ein Abenteuer für ${v.name}`],
  };
}
