// The dictionary files' contents and names ($lib/i18n/dictionary.ts): each variant serialised
// once, named by a hash of its content, so its address changes exactly when its words do.
import { createHash } from 'node:crypto';
import { messagesFor } from '$lib/i18n';
import { dictionaryPath, type DictionaryVariant } from '$lib/i18n/dictionary';

type Built = { body: string; version: string; path: string };
const built = new Map<DictionaryVariant, Built>();

/** The variant's JSON and its name (made once per variant). */
export function dictionaryFile(variant: DictionaryVariant): Built {
	let file = built.get(variant);
	if (!file) {
		const body = JSON.stringify(messagesFor(variant === 'en' ? 'en' : 'id', variant === 'id-mudah'));
		const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
		file = { body, version, path: dictionaryPath(variant, version) };
		built.set(variant, file);
	}
	return file;
}
