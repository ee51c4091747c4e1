import type { GermanVoice } from './german-voice';
import { colour, plot, type Sentence } from './story-text';

/** Was beim Lernen mancher Dinge besonders ist: wem man zusieht, die Versuche, der Trick. */
export interface GermanLearnDetail {
  /** Dative, for "sah … zu": "den Enten beim Schwimmen". */
  watch: string;
  attempts: ((v: GermanVoice, when: string) => Sentence[])[];
  advice(v: GermanVoice): string;
  practice(v: GermanVoice): string;
  success(v: GermanVoice): Sentence[];
  dream: string;
}

export const GERMAN_LEARN_DETAILS: Record<string, GermanLearnDetail> = {
  schwimmen: {
    watch: 'den Enten beim Schwimmen',
    attempts: [
      (v, when) => [plot(`${when} tapste ${v.name} hinunter ${v.place.toWater} und tauchte ${v.toe} ins Wasser.`), plot(`Das Wasser war so kalt, dass ${v.er} sofort wieder heraussprang und plumps! am Ufer landete.`), colour(`„Vielleicht morgen“, flüsterte ${v.er} zitternd.`)],
      (v, when) => [plot(`${when} nahm ${v.name} einen großen Anlauf und sprang mit einem gewaltigen Platsch ins Wasser.`), plot(`${v.Er} strampelte und paddelte und prustete, aber ${v.er} ging unter wie ein Stein und musste tropfend und niesend wieder herauskrabbeln.`), colour(`Ein Frosch auf einem Seerosenblatt blinzelte ${v.ihm} zu, und ${v.name} wurde rot bis zur Nasenspitze.`)],
      (v, when) => [plot(`${when} fand ${v.name} ein altes Holzboot und kletterte hinein, weil ${v.er} dachte, von dort aus könnte ${v.er} es lernen.`), plot(`Aber das Boot trieb hinaus aufs Wasser und drehte sich immer rundherum, und ${v.name} musste mit ${v.sein}en ${v.limbsDative} den ganzen Weg zurückpaddeln.`), colour(`Als ${v.er} das Ufer erreichte, war ${v.ihm} so schwindelig wie einem Kreisel.`)],
    ],
    advice: (v) => `„Fang dort an, wo das Wasser flach ist und du den Boden noch spürst“, sagte ${v.helper}. „Dann strample, atme und lass dich vom Wasser tragen. Das Wasser will dich tragen, weißt du.“`,
    practice: (v) => `Am ersten Tag planschte ${v.er} nur ein bisschen am Ufer. Am zweiten Tag watete ${v.er} bis zum Bauch hinein. Am dritten Tag lag ${v.er} im flachen Wasser und strampelte, während ${v.helper} neben ${v.ihm} schwamm.`,
    success: (v) => [plot(`${v.Er} stieß sich vom Ufer ab, strampelte mit den Beinen und paddelte mit ${v.sein}en ${v.limbsDative}, und auf einmal trug ${v.ihn} das Wasser wie eine weiche, kühle Hand.`), plot(`${v.name} schwamm! ${v.Er} schwamm an den Schilfhalmen vorbei und um die Seerosen herum, einmal quer hinüber und wieder zurück.`)],
    dream: 'vom Schwimmen mit den Fischen',
  },
  fliegen: {
    watch: 'den Vögeln beim Fliegen',
    attempts: [
      (v, when) => [plot(`${when} kletterte ${v.name} auf ${v.place.landmarkAccusative} und schlug mit ${v.sein}en ${v.limbsDative}, so schnell ${v.er} nur konnte.`), plot(`${v.Er} sprang, und einen wunderbaren Augenblick lang schwebte ${v.er} in der Luft. Dann purzelte ${v.er} hinunter, mitten in einen weichen Laubhaufen.`), colour(`„Das war beinahe Fliegen“, sagte ${v.er} tapfer und zupfte sich Blätter aus den Ohren.`)],
      (v, when) => [plot(`${when} hielt sich ${v.name} an einem großen roten Papierdrachen fest, denn der Wind blies kräftig.`), plot(`Der Wind hob ${v.ihn} hoch, höher, immer höher, und ließ ${v.ihn} dann plumps! in einen stacheligen Busch fallen.`), colour(`Der Papierdrache segelte ohne ${v.ihn} davon, über die Hügel.`)],
      (v, when) => [plot(`${when} trug ${v.name} einen großen Regenschirm ${v.place.toHigh} und hielt ihn hoch über den Kopf.`), plot(`${v.Er} sprang, aber der Schirm stülpte sich mit einem Wusch! um, und ${v.name} rutschte auf dem Hosenboden den ganzen Weg wieder hinunter.`)],
    ],
    advice: (v) => `„Beim Fliegen geht es nicht ums kräftige Flattern“, sagte ${v.helper}. „Es geht ums Vertrauen. Mach dich ganz breit, lehn dich in den Wind und lass dich von ihm tragen.“`,
    practice: (v) => `Am ersten Tag hüpfte ${v.er} nur von einem Baumstamm. Am zweiten Tag segelte ${v.er} von einem Felsen, ein kleines Stück nur. Am dritten Tag fing ${v.ihn} der Wind für einen Augenblick, und ${v.er} lachte laut.`,
    success: (v) => [plot(`${v.Er} breitete ${v.sein}e ${v.limbs} weit aus, lehnte sich in den Wind, und diesmal hob ${v.ihn} der Wind sanft hinauf, immer höher, über ${v.place.landmarkAccusative} und hinaus in den Himmel.`), plot(`${v.name} flog! Unter ${v.ihm} sah die Welt so klein und bunt aus wie ein Bild in einem Bilderbuch.`)],
    dream: 'vom Fliegen zwischen den Wolken',
  },
};
