import { capitalize } from './english-grammar';
import { genitive, indefinite } from './german-grammar';
import type { GermanGoalPack } from './german-goal-pack';
import { colour, plot } from './story-text';

/** Der Held hat Angst: vor der Dunkelheit (eine Nachtgeschichte), vor etwas anderem, oder will mutig sein. */
export function germanFearPack(feared: string | null): GermanGoalPack {
  const thing = feared ?? 'der Dunkelheit';
  const dark = /dunkel|nacht|finster/i.test(thing);
  return {
    wish: (v) => [
      plot(`Aber ${v.known} hatte ein Geheimnis, das ${v.er} niemandem verriet. ${v.Er} hatte Angst vor ${thing}.`),
      plot(dark
        ? `Jeden Abend, wenn die Sonne unterging und die Schatten lang wurden, versteckte ${v.er} sich unter ${v.sein}er Decke, und nur ${v.sein}e Nasenspitze schaute noch heraus.`
        : `Wenn ${v.er} nur daran dachte, fingen ${v.sein}e ${v.limbs} an zu zittern, und ${v.sein} Herz machte bumm, bumm, bumm.`),
      colour(`„${capitalize(indefinite([], v.kind))} sollte doch mutig sein“, sagte ${v.er} zu sich selbst. „Aber ich bin es nicht. Nicht ein kleines bisschen.“`),
    ],
    attempts: [
      (v, when) => dark
        ? [plot(`${when} beschloss ${v.name}, heute Nacht wach zu bleiben und sich die Dunkelheit anzusehen.`), plot(`${v.Er} saß mit einer Laterne am Fenster, ganz gerade und ganz mutig, bis sich ein Schatten an der Wand bewegte. Mit einem Quieken tauchte ${v.er} unter die Decke.`), colour('Der Schatten war nur ein Zweig, der im Wind nickte.')]
        : [plot(`${when} beschloss ${v.name}, heute ganz mutig zu sein.`), plot(`${v.Er} streckte die Brust heraus und machte einen Schritt und noch einen, doch dann fingen ${v.sein}e ${v.limbs} an zu zittern, und ${v.er} rannte den ganzen Weg nach Hause.`)],
      (v, when) => [plot(`${when} versuchte ${v.name}, die Angst mit einem lauten, mutigen Lied zu vertreiben.`), plot(`Aber je länger ${v.er} sang, desto leiser wurde das Lied, bis es nur noch ein Piepsen war.`), colour(`„La la la“, flüsterte ${v.er}. Es half nicht.`)],
      (v, when) => [plot(`${when} machte ${v.name} einen Plan. ${v.Er} wollte eine Laterne für das Licht mitnehmen, eine Glocke, um Hilfe zu rufen, und einen Apfel, falls ${v.er} Hunger bekam.`), plot(`Aber ${v.er} hatte so viel zu tragen, dass ${v.ihm} alles scheppernd herunterfiel, und von dem Lärm erschrak ${v.er} so sehr, dass ${v.er} sich bei ${v.place.landmarkDative} versteckte.`)],
      (v, when) => [plot(`${when} kniff ${v.name} die Augen ganz fest zu, damit ${v.er} nichts Unheimliches sehen musste.`), plot(`Aber mit geschlossenen Augen lief ${v.er} geradewegs gegen ${v.place.landmarkAccusative}. Bong!`), colour(`${v.Er} setzte sich hin und rieb sich den Kopf.`)],
    ],
    despair: (v) => `„Ich werde für immer und ewig Angst vor ${thing} haben“, schniefte ${v.er}.`,
    advice: (v) => [
      plot(`„Mutig sein heißt nicht, keine Angst zu haben“, sagte ${v.helper}. „Es heißt, Angst zu haben und trotzdem ein kleines Stück weiterzugehen, mit einem Freund an deiner Seite.“`),
      colour(`„Komm“, sagte ${v.h.er} und streckte die Hand aus. „Ich will dir etwas zeigen.“`),
    ],
    practice: (v) => dark
      ? [plot(`In dieser Nacht ging ${v.helper} neben ${v.name} durch die Dunkelheit, ein kleines Schrittchen nach dem anderen, und sagte ${v.ihm} den Namen jedes Geräuschs.`), plot(`„Das Rascheln ist der Wind“, sagte ${v.h.er}. „Das Schuhu ist eine Eule, die gute Nacht sagt. Und das Leuchten ist ein Glühwürmchen mit seiner kleinen Lampe.“`)]
      : [plot(`Also ging ${v.helper} neben ${v.name} her, ein kleines Schrittchen nach dem anderen, und sie redeten über alles, was ${v.ihm} Angst machte.`), plot(`„Schau genau hin“, sagte ${v.h.er}. „Die Dinge werden immer kleiner, wenn man sie richtig ansieht.“`)],
    hardPart: (v) => [
      plot(dark ? 'Die nächste Nacht war schwerer. Wolken verdeckten den Mond, und jeder Schatten sah aus wie ein Ungeheuer.' : `Der nächste Tag war schwerer. ${genitive(v.name)} ${v.limbs} zitterten, und ${v.er} wollte am liebsten nach Hause laufen.`),
      plot(`„Lass uns zusammen zählen“, sagte ${v.helper}, und sie zählten langsame Atemzüge, eins, zwei, drei, bis ${genitive(v.name)} Herz wieder ruhig war.`),
    ],
    success: (v) => dark
      ? [plot(`Da schaute ${v.name} nach oben und staunte. Der Nachthimmel war voller Sterne, Tausende und Abertausende, und der Mond lächelte herunter wie ein alter Freund.`), plot(`„Die Dunkelheit ist ja gar nicht leer“, flüsterte ${v.name}. „Sie ist voller Freunde.“ Und ${v.er} hatte keine Angst mehr.`)]
      : [plot(`${v.name} ging ganz nah heran, und ${v.sein}e ${v.limbs} zitterten nur noch ein winziges bisschen. Zum allerersten Mal sah ${v.er} genau hin.`), plot(`Es war gar nicht so schrecklich. ${v.name} war mutig gewesen, und mutig sein fühlte sich wunderbar an.`)],
    dream: () => (dark ? 'von Sternen und Mondschein' : 'von mutigen Abenteuern'),
    titles: (v) => [`Wer hat Angst vor ${thing}?`, `${v.cast.hero.female ? 'Die' : 'Der'} mutige kleine ${v.name}`, `${v.name} ist mutig`],
  };
}
