// The character count: a static note of the limit in the server's markup, a visible count in words
// that follows typing, and one polite announcement about a second after typing stops.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { characterCountEntry } from './catalogue';
import CharacterCount from './CharacterCount.svelte';
import TextField from './TextField.svelte';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderComponent, renderExample } from './testing/render';

const i18n = testI18n();
const spokenPolitely = async () =>
	(await virtual.spokenPhraseLog()).filter((p) => p.startsWith('polite:') && p.trim() !== 'polite:');

afterEach(async () => {
	await virtual.stop();
	cleanup();
	vi.useRealTimers();
});

const expectedCount: Record<string, string> = {
	'ex-charcount-empty': 'Sisa 150 karakter',
	'ex-charcount-filled': 'Sisa 115 karakter',
	'ex-charcount-over': 'Kelebihan 15 karakter. Hapus 15 karakter sebelum mengirim.',
	'ex-charcount-textarea': 'Sisa 3922 karakter'
};

describe.each(characterCountEntry.examples)('$id', (example) => {
	it('shows the count in words, after the field, outside its description', async () => {
		renderExample(characterCountEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const count = document.getElementById(`${props.id}-count`);
		expect(count?.textContent?.trim()).toBe(expectedCount[example.id]);
		// The count is not a live region itself, and it is not read as part of the field.
		expect(count?.getAttribute('aria-live')).toBeNull();
		const field = document.getElementById(props.id);
		expect(field?.getAttribute('aria-describedby') ?? '').not.toContain('-count');
		const status = document.getElementById(`${props.id}-count-status`);
		expect(status?.getAttribute('aria-live')).toBe('polite');
		expect(status?.textContent).toBe('');
	});

	it('is heard as label, hint, field, then the count', async () => {
		renderExample(characterCountEntry, example);
		const log = await hearAll();
		const props = example.props(i18n);
		const field = log.findIndex((p) => p.startsWith(`textbox, ${props.label}`));
		expect(field).toBeGreaterThan(0);
		expect(log.slice(field + 1, field + 4)).toEqual(['paragraph', expectedCount[example.id], 'end of paragraph']);
	});
});

describe('while typing', () => {
	beforeEach(() => vi.useFakeTimers());

	it('updates what is seen at once and announces once, a second after typing stops', async () => {
		renderComponent(TextField, { id: 'judul', label: 'Judul laporan', limit: 150 });
		await virtual.start({ container: document.body });
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		await user.type(document.getElementById('judul')!, 'Jalan');
		expect(document.getElementById('judul-count')?.textContent?.trim()).toBe('Sisa 145 karakter');
		await vi.advanceTimersByTimeAsync(900);
		expect(await spokenPolitely()).toEqual([]);
		await vi.advanceTimersByTimeAsync(200);
		expect(await spokenPolitely()).toEqual(['polite: Sisa 145 karakter']);
		// The visible copy is then hidden from screen readers: they find the words once.
		expect(document.getElementById('judul-count')?.getAttribute('aria-hidden')).toBe('true');
	});

	it('allows pasting past the limit and then says how much to remove', async () => {
		renderComponent(TextField, { id: 'judul', label: 'Judul laporan', limit: 10 });
		await virtual.start({ container: document.body });
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		const field = document.getElementById('judul') as HTMLInputElement;
		field.focus();
		await user.paste('Lampu jalan mati');
		expect(field.value).toBe('Lampu jalan mati');
		const over = 'Kelebihan 6 karakter. Hapus 6 karakter sebelum mengirim.';
		expect(document.getElementById('judul-count')?.textContent?.trim()).toBe(over);
		await vi.advanceTimersByTimeAsync(1000);
		expect(await spokenPolitely()).toEqual([`polite: ${over}`]);
	});

	it('counts a line break as one character, as the server does', async () => {
		renderComponent(TextField, { id: 'cerita', label: 'Cerita', multiline: true, limit: 10 });
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		await user.type(document.getElementById('cerita')!, 'ab{Enter}cd');
		expect(document.getElementById('cerita-count')?.textContent?.trim()).toBe('Sisa 5 karakter');
	});

	it('speaks English to English readers, with the singular for one', async () => {
		renderComponent(TextField, { id: 'title', label: 'Title', limit: 3 }, 'en');
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		await user.type(document.getElementById('title')!, 'ab');
		expect(document.getElementById('title-count')?.textContent?.trim()).toBe('You have 1 character remaining');
	});
});

it('counts text typed before the scripts arrived', () => {
	const field = document.createElement('input');
	field.id = 'early';
	field.value = 'Sudah diketik';
	document.body.append(field);
	renderComponent(CharacterCount, { for: 'early', limit: 150 });
	expect(document.getElementById('early-count')?.textContent?.trim()).toBe('Sisa 137 karakter');
	field.remove();
});
