import type { Setting } from '../../../model';

/**
 * How German stories speak of each setting, in the cases the templates need. Each phrase names
 * the setting or a vocabulary object from the German lexicon, so the planner and illustrator can
 * picture it.
 */
export interface GermanPlace {
  /** Where someone lives: "in einem grünen Wald". */
  in: string;
  /** Short "in the place": "im Wald". */
  im: string;
  /** "über dem Wald" */
  over: string;
  /** Nominative: "eine gemütliche kleine Höhle …" */
  home: string;
  /** Dative and accusative of the landmark: "bei der alten Eiche", "an die alte Eiche". */
  landmarkDative: string;
  landmarkAccusative: string;
  /** "hinunter zum Teich …" */
  toWater: string;
  /** Where to climb up to look far: "auf den höchsten Baum im Wald". */
  toHigh: string;
  /** Nominative singular: what blocks a journey. */
  obstacle: string;
  /** A whole sentence about the place's sound. */
  sound: string;
  /** Unter dem Meer: kein Gras, keine Hügel, Vögel oder Schmetterlinge; die Erzähler nehmen die des Meeres. */
  underwater?: boolean;
}

const place = (entry: GermanPlace) => entry;

export const GERMAN_PLACES: Record<Setting, GermanPlace> = {
  forest: place({ in: 'in einem grünen Wald', im: 'im Wald', over: 'über dem Wald', home: 'eine gemütliche kleine Höhle unter den Wurzeln einer alten Eiche', landmarkDative: 'der alten Eiche im Wald', landmarkAccusative: 'die alte Eiche im Wald', toWater: 'zum Teich mitten im Wald', toHigh: 'auf den höchsten Baum im Wald', obstacle: 'ein dichtes Dornengestrüpp', sound: 'Die Blätter flüsterten in den Bäumen' }),
  meadow: place({ in: 'auf einer weiten Blumenwiese', im: 'auf der Wiese', over: 'über der Wiese', home: 'ein gemütliches Nest im hohen Gras der Wiese', landmarkDative: 'dem großen flachen Stein auf der Wiese', landmarkAccusative: 'den großen flachen Stein auf der Wiese', toWater: 'zum kleinen Teich am Ende der Wiese', toHigh: 'auf den Hügel über der Wiese', obstacle: 'ein breiter Bach', sound: 'Die Bienen summten im Gras der Wiese' }),
  garden: place({ in: 'in einem sonnigen Garten', im: 'im Garten', over: 'über dem Garten', home: 'ein gemütlicher Winkel hinter dem Gartenhäuschen', landmarkDative: 'dem alten Apfelbaum im Garten', landmarkAccusative: 'den alten Apfelbaum im Garten', toWater: 'zum Gartenteich unter der Weide', toHigh: 'auf die hohe Gartenmauer', obstacle: 'ein hoher Gartenzaun', sound: 'Die Blumen nickten im Garten' }),
  farm: place({ in: 'auf einem großen Bauernhof', im: 'auf dem Bauernhof', over: 'über dem Bauernhof', home: 'eine warme Ecke in der roten Scheune', landmarkDative: 'der großen roten Scheune', landmarkAccusative: 'die große rote Scheune', toWater: 'zum Ententeich hinter dem Bauernhof', toHigh: 'auf das Dach der Scheune', obstacle: 'ein matschiges Feld', sound: 'Der Hahn krähte vom Zaun des Bauernhofs' }),
  village: place({ in: 'in einem kleinen Dorf', im: 'im Dorf', over: 'über dem Dorf', home: 'ein schiefes kleines Haus am Ende des Dorfes', landmarkDative: 'dem Brunnen mitten im Dorf', landmarkAccusative: 'den Brunnen mitten im Dorf', toWater: 'zum Teich neben dem Dorf', toHigh: 'auf den Kirchturm des Dorfes', obstacle: 'ein tiefer Graben', sound: 'Die Glocken läuteten über den Dächern des Dorfes' }),
  city: place({ in: 'in einer großen, lauten Stadt', im: 'in der Stadt', over: 'über der Stadt', home: 'eine kleine Wohnung über einer Bäckerei', landmarkDative: 'dem Uhrturm mitten in der Stadt', landmarkAccusative: 'den Uhrturm mitten in der Stadt', toWater: 'zum Brunnen im Stadtpark', toHigh: 'auf das höchste Haus der Stadt', obstacle: 'eine laute, volle Straße', sound: 'Die Busse brummten durch die Straßen der Stadt' }),
  castle: place({ in: 'in einem prächtigen alten Schloss', im: 'im Schloss', over: 'über dem Schloss', home: 'ein kleines Zimmer im höchsten Turm des Schlosses', landmarkDative: 'dem großen Tor des Schlosses', landmarkAccusative: 'das große Tor des Schlosses', toWater: 'zum Burggraben rund um das Schloss', toHigh: 'auf den höchsten Turm des Schlosses', obstacle: 'ein schweres Schlosstor', sound: 'Die Fahnen flatterten auf den Türmen des Schlosses' }),
  house: place({ in: 'in einem gemütlichen Haus', im: 'im Haus', over: 'über dem Haus', home: 'ein gemütliches Haus mit einer roten Tür', landmarkDative: 'dem großen Sessel am Kamin', landmarkAccusative: 'den großen Sessel am Kamin', toWater: 'zur Badewanne oben im Haus', toHigh: 'auf das hohe Bücherregal', obstacle: 'eine steile, knarrende Treppe', sound: 'Die Uhr tickte im Flur des Hauses' }),
  bedroom: place({ in: 'in einem kleinen Kinderzimmer', im: 'im Kinderzimmer', over: 'über dem Bett', home: 'ein kleines Schlafzimmer unter dem Dach', landmarkDative: 'dem Bett am Fenster', landmarkAccusative: 'das Bett am Fenster', toWater: 'zur Waschschüssel am Fenster', toHigh: 'auf den hohen Kleiderschrank', obstacle: 'ein hoher Berg aus Spielsachen', sound: 'Die Vorhänge seufzten leise am Fenster' }),
  kitchen: place({ in: 'in einer warmen Küche', im: 'in der Küche', over: 'über dem Herd', home: 'eine warme Küche, die nach Brot duftete', landmarkDative: 'dem großen Tisch in der Küche', landmarkAccusative: 'den großen Tisch in der Küche', toWater: 'zum großen Spülbecken in der Küche', toHigh: 'auf das oberste Regal der Küche', obstacle: 'ein rutschiger Küchenboden', sound: 'Der Teekessel sang auf dem Herd in der Küche' }),
  beach: place({ in: 'an einem sandigen Strand', im: 'am Strand', over: 'über dem Strand', home: 'eine kleine Hütte am Ende des Strandes', landmarkDative: 'dem großen Felsen am Strand', landmarkAccusative: 'den großen Felsen am Strand', toWater: 'zu den flachen Wellen am Strand', toHigh: 'auf die höchste Düne am Strand', obstacle: 'die steigende Flut', sound: 'Die Wellen rauschten über den Sand am Strand' }),
  sea: place({ in: 'tief unten im blauen Meer', im: 'im Meer', over: 'über dem Meer', home: 'eine kleine Höhle zwischen den Korallen auf dem Meeresgrund', landmarkDative: 'dem alten Schiffswrack auf dem Meeresgrund', landmarkAccusative: 'das alte Schiffswrack auf dem Meeresgrund', toWater: 'hinaus ins offene Meer', toHigh: 'ganz hinauf zu den Wellen des Meeres', obstacle: 'eine starke Strömung', sound: 'Das Meer sang sein langsames Lied' , underwater: true }),
  ship: place({ in: 'auf einem alten Segelschiff', im: 'auf dem Schiff', over: 'über dem Schiff', home: 'eine Hängematte unter Deck des Schiffes', landmarkDative: 'dem hohen Mast des Schiffes', landmarkAccusative: 'den hohen Mast des Schiffes', toWater: 'zum ruhigen Wasser neben dem Schiff', toHigh: 'auf den hohen Mast des Schiffes', obstacle: 'eine hohe, wilde Welle', sound: 'Die Segel knatterten im Wind über dem Schiff' }),
  river: place({ in: 'an einem gewundenen Fluss', im: 'am Fluss', over: 'über dem Fluss', home: 'ein gemütlicher Bau im Ufer des Flusses', landmarkDative: 'der alten Steinbrücke am Fluss', landmarkAccusative: 'die alte Steinbrücke am Fluss', toWater: 'zu einer stillen Biegung im Fluss', toHigh: 'auf das hohe Ufer des Flusses', obstacle: 'der reißende Fluss', sound: 'Der Fluss plätscherte über die Steine' }),
  lake: place({ in: 'an einem stillen See', im: 'am See', over: 'über dem See', home: 'ein gemütliches Nest im Schilf am See', landmarkDative: 'dem kleinen Holzsteg am See', landmarkAccusative: 'den kleinen Holzsteg am See', toWater: 'zum See', toHigh: 'auf den Hügel über dem See', obstacle: 'das weite Wasser des Sees', sound: 'Das Wasser plätscherte leise ans Ufer des Sees' }),
  mountain: place({ in: 'hoch oben auf einem Berg', im: 'auf dem Berg', over: 'über dem Berg', home: 'eine warme Höhle hoch oben am Berg', landmarkDative: 'dem großen Felsen am Berg', landmarkAccusative: 'den großen Felsen am Berg', toWater: 'zum kalten blauen See unter dem Berg', toHigh: 'ganz hinauf auf den Gipfel des Berges', obstacle: 'eine steile Felswand', sound: 'Der Wind pfiff um den Berg' }),
  cave: place({ in: 'in einer tiefen Höhle', im: 'in der Höhle', over: 'über der Höhle', home: 'eine gemütliche Ecke in einer tiefen Höhle', landmarkDative: 'den glitzernden Steinen in der Höhle', landmarkAccusative: 'die glitzernden Steine in der Höhle', toWater: 'zum unterirdischen Teich in der Höhle', toHigh: 'ganz hinauf an die Decke der Höhle', obstacle: 'ein dunkler, enger Gang', sound: 'Wassertropfen plinkerten in der Höhle' }),
  desert: place({ in: 'in einer weiten goldenen Wüste', im: 'in der Wüste', over: 'über der Wüste', home: 'eine schattige Mulde unter einem Felsen in der Wüste', landmarkDative: 'dem großen Kaktus in der Wüste', landmarkAccusative: 'den großen Kaktus in der Wüste', toWater: 'zum kleinen Teich der Oase', toHigh: 'auf die höchste Düne der Wüste', obstacle: 'ein endloses Meer aus heißem Sand', sound: 'Der Sand flüsterte im Wind der Wüste' }),
  snowfield: place({ in: 'in einem Land aus Schnee und Eis', im: 'im Schnee', over: 'über dem Schnee', home: 'ein rundes kleines Iglu im Schnee', landmarkDative: 'dem großen Eisfelsen im Schnee', landmarkAccusative: 'den großen Eisfelsen im Schnee', toWater: 'zum eisigen Wasser am Rand des Schnees', toHigh: 'auf den verschneiten Hügel', obstacle: 'eine tiefe Schneewehe', sound: 'Der Schnee knirschte leise' }),
  sky: place({ in: 'hoch oben am Himmel zwischen den Wolken', im: 'am Himmel', over: 'über den Wolken', home: 'eine weiche Wolke hoch oben am Himmel', landmarkDative: 'der größten Wolke am Himmel', landmarkAccusative: 'die größte Wolke am Himmel', toWater: 'zu einer Regenwolke am Himmel', toHigh: 'ganz hinauf bis in den höchsten Himmel', obstacle: 'eine Wand aus grauen Wolken', sound: 'Der Wind sang über den Himmel' }),
  space: place({ in: 'weit draußen im Weltall', im: 'im Weltall', over: 'über den Sternen', home: 'eine kleine runde Raumstation im Weltall', landmarkDative: 'der silbernen Rakete im Weltall', landmarkAccusative: 'die silberne Rakete im Weltall', toWater: 'zu einem See aus Sternenstaub', toHigh: 'bis zum fernsten Stern', obstacle: 'eine Wolke aus taumelnden Felsbrocken', sound: 'Die Sterne funkelten ringsum im Weltall' }),
};
