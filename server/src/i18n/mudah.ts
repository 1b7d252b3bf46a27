// Bahasa Indonesia mudah dibaca (easy-read) for the words the API sends to residents, for people
// who chose it on the web's display settings. It lays over the standard `id` catalogue: a key here
// replaces the standard wording, every other key keeps it. Short sentences, everyday words.
// mudah.test.ts checks that every key a resident can read is reworded here or listed as plain.
import { formsEasy } from "./mudah/forms.ts";
import { labelsEasy } from "./mudah/labels.ts";
import { publicListEasy } from "./mudah/public-list.ts";
import { supportEasy } from "./mudah/support.ts";
import { inclusionEasy } from "./mudah/inclusion.ts";

const sections = [labelsEasy, formsEasy, publicListEasy, supportEasy, inclusionEasy];

export const idMudah: Readonly<Record<string, string>> = Object.assign({}, ...sections.map((s) => s.mudah));

/** Keys residents read whose standard wording is already plain: easy-read says it as it is. */
export const plainAlready: ReadonlySet<string> = new Set(sections.flatMap((s) => s.plain));
