/** The few words the EPUB itself says (navigation headings), in the book's language where we have them. */
export interface EpubLabels {
  /** The language the labels are in, for xml:lang when it is not the book's. */
  language: string;
  contents: string;
  cover: string;
  story: string;
  page: string;
}

const LABELS: Record<string, EpubLabels> = {
  en: { language: 'en', contents: 'Contents', cover: 'Cover', story: 'Story', page: 'Page' },
  de: { language: 'de', contents: 'Inhalt', cover: 'Titelbild', story: 'Geschichte', page: 'Seite' },
  fr: { language: 'fr', contents: 'Table des matières', cover: 'Couverture', story: 'Histoire', page: 'Page' },
  es: { language: 'es', contents: 'Índice', cover: 'Cubierta', story: 'Historia', page: 'Página' },
};

export function epubLabels(language: string): EpubLabels {
  return LABELS[language.toLowerCase().split('-')[0]] ?? LABELS.en;
}
