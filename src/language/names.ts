// The name of each language in another, from the runtime's CLDR data (Intl.DisplayNames)
// rather than a table typed here: "(in inglese) …", "(auf Englisch) …".
const NAMES = new Map<string, Intl.DisplayNames>();
// A note's language is named on every line that shows it: the few pairs asked are kept.
const NAMED = new Map<string, string>();

/** `code`'s name in the language `inLanguage` ("en" in "es" → "inglés"); the code itself when unknown. */
export function languageName(code: string, inLanguage: string): string {
  const key = `${code}:${inLanguage}`;
  const known = NAMED.get(key);
  if (known !== undefined) return known;
  const name = displayName(code, inLanguage);
  if (NAMED.size < 1000) NAMED.set(key, name);
  return name;
}

function displayName(code: string, inLanguage: string): string {
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
