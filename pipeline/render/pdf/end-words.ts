import { primaryLanguage } from '../../model';

/** "The End" as picture books say it, by primary language; English when the language is not listed. */
const END_WORDS: Record<string, string> = {
  en: 'The End',
  de: 'Ende',
  fr: 'Fin',
  es: 'Fin',
  it: 'Fine',
  pt: 'Fim',
  nl: 'Einde',
  pl: 'Koniec',
  cs: 'Konec',
  sk: 'Koniec',
  sv: 'Slut',
  da: 'Slut',
  nb: 'Slutt',
  no: 'Slutt',
  fi: 'Loppu',
  el: 'Τέλος',
  ru: 'Конец',
  uk: 'Кінець',
  bg: 'Край',
  tr: 'Son',
  ja: 'おしまい',
  zh: '完',
};

export function endWordsFor(language: string): string {
  return END_WORDS[primaryLanguage(language)] ?? END_WORDS.en;
}
