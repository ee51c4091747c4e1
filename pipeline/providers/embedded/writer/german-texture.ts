import type { GermanVoice } from './german-voice';

/** Kleine Sätze voller Farbe, die überall in die Mitte einer Geschichte passen. */
export function germanTexture(v: GermanVoice): string[] {
  return v.random.shuffle([
    `Irgendwo ${v.place.im} begann ein kleiner Vogel zu singen.`,
    'Die Luft roch nach Regen und Blumen.',
    `${v.place.sound}.`,
    'Ein Schmetterling flatterte vorbei, leicht wie ein Blütenblatt.',
    'In der Ferne läutete leise eine Glocke.',
    'Die Sonne lugte hinter einer Wolke hervor, als wollte sie sehen, was als Nächstes geschah.',
    `${v.name} holte tief Luft und lauschte der Welt ringsum.`,
    'Alles war ganz still, bis auf das Klopfen eines kleinen, hoffnungsvollen Herzens.',
    `${v.Er} dachte an ${v.sein}en Wunsch und hielt ihn fest wie einen warmen Kieselstein in der Tasche.`,
    'Ein Grashüpfer zirpte leise vor sich hin, ganz ohne Eile.',
    'Ein Eichhörnchen schaute von einem Ast herunter, knabberte an einer Nuss und sagte nichts.',
    `${v.name} wackelte mit ${v.sein}en ${v.limbsDative} und versuchte, geduldig zu sein.`,
    'Die Zeit verging, wie die Zeit es immer tut.',
    'Nicht weit entfernt rauschte leise der Wind.',
    'Ein Marienkäfer landete in der Nähe, sah sich um und flog wieder davon.',
    `Das Licht veränderte sich langsam, so wie es das ${v.place.im} immer tut.`,
  ]);
}
