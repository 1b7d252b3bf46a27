// Easy-read Bahasa Indonesia where residents read: every message a resident page can show has
// an easy-read wording or is listed as already plain, and every such text keeps to the plain
// rules (short sentences, no officialese left unexplained, placeholders kept exactly).
// The keys per page come from reading the page files and what they import (resident-keys.ts),
// so a new key on a resident page fails here until it is reworded or listed as plain.
import { describe, expect, it } from 'vitest';
import { id } from './id';
import { idMudah, plainAlready } from './id-mudah';
import { filesReachedFrom, keysInSource, residentKeyUses, residentRoutes, unclassifiedRoutes } from './resident-keys';
import { explained, longSentences, maxWords, officialese, placeholderProblems } from './plain-rules';

const allKeys = Object.keys(id);
const standard = id as Record<string, string>;
const easy = idMudah as Record<string, string>;
const uses = residentKeyUses(allKeys);

const where = (key: string) =>
	(uses.get(key) ?? []).map((u) => `${u.route} (web/src/${u.file})`).join('; ');

describe('resident pages: which keys they show', () => {
	it('finds keys written whole and keys built from a template', () => {
		const source = `i18n.t('filing.back'); i18n.t(\`account.track.next.\${s}\`); const x = "not.a.key";`;
		const found = keysInSource(source, allKeys);
		expect(found).toContain('filing.back');
		expect(found).toContain('account.track.next.VERIFIED');
		expect(found).toContain('account.track.next.IN_PROGRESS');
		expect(found).not.toContain('account.track.holder.AGENCY');
		expect(found).not.toContain('not.a.key');
	});

	it('follows imports into shared components', () => {
		const files = filesReachedFrom(['routes/lapor/kejadian/+page.svelte']);
		expect(files).toContain('routes/lapor/Step.svelte');
		expect(files).toContain('lib/components/TextField.svelte');
		expect(files).toContain('lib/components/CharacterCount.svelte');
		expect(files).not.toContain('lib/i18n/id.ts');
		expect(files).not.toContain('lib/i18n/id-mudah.ts');
	});

	it('knows for every page whether residents read it', () => {
		expect(
			unclassifiedRoutes().map(
				(folder) =>
					`web/src/routes/${folder}: add it to residentRoutes (residents read it: easy-read covers it) or to otherRoutes with a reason, in web/src/lib/i18n/resident-keys.ts`
			)
		).toEqual([]);
	});

	it('sees the words of every resident page', () => {
		const routes = new Set([...uses.values()].flat().map((u) => u.route));
		for (const route of Object.keys(residentRoutes)) expect(routes, route).toContain(route);
		// Spot checks from pages and from components the pages use.
		for (const key of ['filing.start.lead', 'filing.photo.intro', 'filing.periksa.declaration', 'track.intro', 'account.track.holder.AGENCY', 'charCount.over', 'errorSummary.heading', 'footer.help']) {
			expect(uses.has(key), key).toBe(true);
		}
		// Staff pages are not resident pages.
		expect(uses.has('signIn.heading')).toBe(false);
	});
});

describe('every resident key is easy-read or listed as already plain', () => {
	it('has an easy-read wording or a place on the plain list', () => {
		const missing = [...uses.keys()]
			.filter((key) => !(key in easy) && !plainAlready.has(key as keyof typeof id))
			.sort()
			.map(
				(key) =>
					`${key} ("${standard[key]}") on ${where(key)}: add an easy-read wording to web/src/lib/i18n/id-mudah.ts (or a file under mudah/), or list it as already plain there`
			);
		expect(missing).toEqual([]);
	});

	it('lists as plain only keys that exist and have no easy-read wording', () => {
		expect([...plainAlready].filter((key) => !(key in standard))).toEqual([]);
		expect([...plainAlready].filter((key) => key in easy)).toEqual([]);
	});
});

/** Every text held to the plain rules: easy-read wordings, explanations, and plain-listed keys. */
const checked: Array<[string, string, 'easy' | 'plain']> = [
	...Object.entries(easy).map(([key, text]): [string, string, 'easy'] => [key, text, 'easy']),
	...[...plainAlready].map((key): [string, string, 'plain'] => [key, standard[key]!, 'plain'])
];

describe('plain rules for easy-read and already-plain texts', () => {
	it('has sentences of at most 15 words (easy-read wordings: at most 10)', () => {
		const long = checked.flatMap(([key, text, kind]) =>
			longSentences(text, kind === 'easy' ? maxWords.easyRead : maxWords.plain).map(
				(s) => `${key} (${kind}): "${s}"`
			)
		);
		expect(long).toEqual([]);
	});

	it('uses no officialese unless the text explains it', () => {
		const found = checked.flatMap(([key, text]) =>
			officialese(text)
				.filter((word) => !explained(text, word))
				.map((word) => `${key}: "${word}" in "${text}"`)
		);
		expect(found).toEqual([]);
	});

	it('keeps every {placeholder} of the standard wording exactly', () => {
		const problems = Object.entries(easy)
			.filter(([key]) => !key.startsWith('explain.'))
			.flatMap(([key, text]) => placeholderProblems(standard[key] ?? '', text).map((p) => `${key}: ${p}`));
		expect(problems).toEqual([]);
	});
});

describe('the rules themselves', () => {
	it('counts words per sentence', () => {
		expect(longSentences('Satu dua tiga. Empat lima enam tujuh?', 3)).toEqual(['Empat lima enam tujuh?']);
		expect(longSentences('Contoh: 17 8 2026.', 3)).toEqual([]);
	});

	it('finds officialese, and accepts it explained in brackets or with "artinya"', () => {
		expect(officialese('Laporan akan ditindaklanjuti oleh instansi terkait.')).toEqual(['ditindaklanjuti', 'instansi']);
		expect(officialese('Laporan sudah Diverifikasi.')).toEqual(['diverifikasi']);
		expect(officialese('Kantor pemerintah menjawab.')).toEqual([]);
		expect(explained('Instansi (kantor pemerintah) menjawab.', 'instansi')).toBe(true);
		expect(explained('Laporan diverifikasi, artinya sudah diperiksa.', 'diverifikasi')).toBe(true);
		expect(explained('Instansi menjawab. Kantor pemerintah (instansi) juga.', 'instansi')).toBe(false);
	});

	it('notices a placeholder lost, renamed, added or broken', () => {
		expect(placeholderProblems('Laporan {code}', 'Laporan {code} Anda')).toEqual([]);
		expect(placeholderProblems('Laporan {code}', 'Laporan Anda')).toHaveLength(1);
		expect(placeholderProblems('Laporan {code}', 'Laporan {kode}')).toEqual(['lost {code}', 'new {kode} the page does not fill']);
		expect(placeholderProblems('Laporan {code}', 'Laporan {code} {code}')).toEqual([]);
		expect(placeholderProblems('Laporan {code}', 'Laporan {code')).toEqual(['lost {code}', 'a broken placeholder in "Laporan {code"']);
		expect(placeholderProblems('Laporan {code}', 'Laporan { code }')).toContain('a broken placeholder in "Laporan { code }"');
	});
});
