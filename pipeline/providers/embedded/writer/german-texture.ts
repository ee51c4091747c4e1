import type { GermanVoice } from './german-voice';

/** Kleine Sätze voller Farbe, die überall in die Mitte einer Geschichte passen. */
export function germanTexture(v: GermanVoice): string[] {
  const anywhere = [
    `${v.place.sound}.`,
    `${v.name} holte tief Luft und lauschte der Welt ringsum.`,
    'Alles war ganz still, bis auf das Klopfen eines kleinen, hoffnungsvollen Herzens.',
    `${v.Er} dachte an ${v.sein}en Wunsch und hielt ihn fest wie einen warmen Kieselstein in der Tasche.`,
    `${v.name} wackelte mit ${v.sein}en ${v.limbsDative} und versuchte, geduldig zu sein.`,
    'Die Zeit verging, wie die Zeit es immer tut.',
    `Das Licht veränderte sich langsam, so wie es das ${v.place.im} immer tut.`,
  ];
  // Unter dem Meer gibt es keine Vögel, Bienen oder Windstöße; seine eigenen kleinen Tiere treten an ihre Stelle.
  const around = v.place.underwater
    ? ['Ein Schwarm kleiner Silberfische huschte vorbei und war verschwunden.', 'Luftblasen wackelten hinauf zum Licht.', 'Eine Krabbe krabbelte seitwärts über den Sand, ganz ohne Eile.', 'Der Seetang wiegte sich hin und her, hin und her.', 'Ein Seestern lag auf einem Felsen und dachte langsame Seesterngedanken.']
    : [`Irgendwo ${v.place.im} begann ein kleiner Vogel zu singen.`, 'Die Luft roch nach Regen und Blumen.', 'Ein Schmetterling flatterte vorbei, leicht wie ein Blütenblatt.', 'In der Ferne läutete leise eine Glocke.', 'Die Sonne lugte hinter einer Wolke hervor, als wollte sie sehen, was als Nächstes geschah.', 'Ein Grashüpfer zirpte leise vor sich hin, ganz ohne Eile.', 'Ein Eichhörnchen schaute von einem Ast herunter, knabberte an einer Nuss und sagte nichts.', 'Nicht weit entfernt rauschte leise der Wind.', 'Ein Marienkäfer landete in der Nähe, sah sich um und flog wieder davon.'];
  return v.random.shuffle([...anywhere, ...around]);
}
