import { z } from 'zod';

/** A BCP-47 language tag ("en", "en-GB", "de", "pt-BR"), stored in its canonical form. */
export const LanguageTagSchema = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .transform((value, context) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      return canonical;
    } catch {
      context.addIssue({ code: 'custom', message: `"${value}" is not a BCP-47 language tag (try "en", "en-GB", "de", "fr")` });
      return z.NEVER;
    }
  });

export type LanguageTag = z.infer<typeof LanguageTagSchema>;

/** The primary language subtag: "en-GB" → "en". Lexicons and voices are chosen by it. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
