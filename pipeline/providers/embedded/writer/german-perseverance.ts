import type { GermanVoice } from './german-voice';
import { colour, plot, type Paragraph } from './story-text';

/** Lange Geschichten: die zähe Mitte des Übens, in der der Held fast aufgibt. */
export function germanPerseverance(v: GermanVoice): Paragraph {
  return [
    plot(`Die Tage vergingen, und manche waren gut und manche nicht. Es gab Wackler und Beulen, und einmal wollte ${v.name} ganz aufgeben.`),
    plot(`„Es ist zu schwer“, sagte ${v.er} und lehnte sich mit dem Rücken an ${v.place.landmarkAccusative}.`),
    plot(`Aber ${v.helper} setzte sich nur neben ${v.ihn} und sagte: „Noch einmal. Nur noch ein einziges Mal.“ Und so stand ${v.name} auf und versuchte es noch einmal.`),
    colour(v.place.underwater ? 'Ein kleiner Fisch über ihnen schlug einen Purzelbaum, als wollte er jubeln.' : 'Ein kleiner Vogel auf einem Ast plusterte sich auf, als wollte er jubeln.'),
  ];
}
