// Saying a key in the reader's words: their language and, in Bahasa Indonesia, the easy-read
// wording when they chose it. Resolvers that put words in front of residents use these rather
// than translate(), so a label and a field error read the same way as the page around them.
import { fieldKey, fill, type Locale, type Params, translate } from "./messages.ts";
import { idMudah } from "./mudah.ts";

/** Who reads: the language, and whether they asked for easy-read (which exists only for `id`). */
export type Reader = { locale: Locale; easyRead: boolean };

export function say(reader: Reader, key: string, params: Params = {}): string {
  const easy = reader.easyRead && reader.locale === "id" ? idMudah[key] : undefined;
  return easy === undefined ? translate(reader.locale, key, params) : fill(easy, params);
}

/** A field error in the reader's words: the field's own sentence, else the generic one for the code. */
export function sayField(reader: Reader, field: string, code: string, params?: Params): string {
  return say(reader, fieldKey(reader.locale, field, code), params);
}
