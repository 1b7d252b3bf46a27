// The app's one polite live region: present from the first render, announcing each message once,
// and the same message again when it is announced again.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, announcement } from '$lib/announce.svelte';
import { liveAnnouncerEntry } from './catalogue';
import { testI18n } from './testing/i18n';
import { expectWellFormed, renderExample } from './testing/render';

const i18n = testI18n();
// Emptying the region before a repeated message is a mutation too; there is nothing in it to say.
const polite = (log: string[]) =>
	log.filter((phrase) => phrase.startsWith('polite:') && phrase.trim() !== 'polite:');

beforeEach(() => {
	vi.useFakeTimers();
	announcement.text = '';
});
afterEach(async () => {
	await virtual.stop();
	cleanup();
	vi.useRealTimers();
});

/** Lets the next animation frame run, then the screen reader's mutation handling. */
async function nextFrame() {
	await vi.advanceTimersByTimeAsync(20);
}

describe.each(liveAnnouncerEntry.examples)('$id', (example) => {
	it('is one empty polite status region before anything is said', async () => {
		renderExample(liveAnnouncerEntry, example);
		const regions = document.querySelectorAll('[role="status"]');
		expect(regions).toHaveLength(1);
		expect(regions[0]?.getAttribute('aria-live')).toBe('polite');
		expect(regions[0]?.textContent?.trim()).toBe('');
		expectWellFormed();
	});

	it('says each message once', async () => {
		renderExample(liveAnnouncerEntry, example);
		await virtual.start({ container: document.body });
		const messages = example.announce?.(i18n) ?? [];
		expect(messages.length).toBeGreaterThan(0);
		for (const message of messages) {
			announce(message);
			await nextFrame();
		}
		expect(polite(await virtual.spokenPhraseLog())).toEqual(messages.map((m) => `polite: ${m}`));
	});
});

describe('announce()', () => {
	it('says the same message again when it is announced twice in a row', async () => {
		renderExample(liveAnnouncerEntry, liveAnnouncerEntry.examples[0]!);
		await virtual.start({ container: document.body });
		announce('Laporan tersimpan.');
		await nextFrame();
		announce('Laporan tersimpan.');
		await nextFrame();
		expect(polite(await virtual.spokenPhraseLog())).toEqual([
			'polite: Laporan tersimpan.',
			'polite: Laporan tersimpan.'
		]);
	});

	it('keeps only the last of several messages given in the same frame', async () => {
		renderExample(liveAnnouncerEntry, liveAnnouncerEntry.examples[0]!);
		await virtual.start({ container: document.body });
		announce('Menyimpan…');
		announce('Tersimpan.');
		await nextFrame();
		expect(polite(await virtual.spokenPhraseLog())).toEqual(['polite: Tersimpan.']);
	});

	it('changes only the text: the region is the same element before and after', async () => {
		renderExample(liveAnnouncerEntry, liveAnnouncerEntry.examples[0]!);
		const before = document.querySelector('[data-live-announcer]');
		announce('Tersimpan.');
		await nextFrame();
		expect(document.querySelector('[data-live-announcer]')).toBe(before);
		expect(before?.textContent?.trim()).toBe('Tersimpan.');
	});
});
