// `npm run words` (also run at install, by `prepare`): compiles the dictionaries'
// word lists into their compact cached form, so the first answer after an
// install does not pay for it.
import { DICTIONARY_LANGUAGES, WORD_CLASSES, compileDictionary } from '../src/language/dictionary.js';

for (const lang of DICTIONARY_LANGUAGES) {
  process.stdout.write(`words: ${lang} ${compileDictionary(lang).size} forms\n`);
}
for (const { lang, name } of WORD_CLASSES) {
  process.stdout.write(`words: ${lang} ${name} ${compileDictionary(lang, name).size} forms\n`);
}
