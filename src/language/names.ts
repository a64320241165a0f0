// The name of each language in another, from the runtime's CLDR data (Intl.DisplayNames)
// rather than a table typed here: "(in inglese) …", "(auf Englisch) …".
const NAMES = new Map<string, Intl.DisplayNames>();

/** `code`'s name in the language `inLanguage` ("en" in "es" → "inglés"); the code itself when unknown. */
export function languageName(code: string, inLanguage: string): string {
  let names = NAMES.get(inLanguage);
  if (!names) {
    names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' });
    NAMES.set(inLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
