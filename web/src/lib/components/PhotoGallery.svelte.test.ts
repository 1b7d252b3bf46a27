// The photo gallery: each thumbnail is lazy, sized, links to the full picture and is named by
// the reporter's description or, without one, by its place among the reporter's photos.
import { cleanup, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import PhotoGallery from './PhotoGallery.svelte';
import { expectWellFormed, renderComponent } from './testing/render';

afterEach(() => cleanup());

const photo = (id: string, description: string | null) => ({
	id,
	description,
	url: `/foto/${id}?t=penuh`,
	thumbnailUrl: `/foto/${id}?t=kecil`,
	thumbnailWidth: 320,
	thumbnailHeight: 240
});

describe('PhotoGallery', () => {
	it('names each photo by its description, or "Foto n dari m dari pelapor"', () => {
		renderComponent(PhotoGallery, { photos: [photo('a', 'Foto lubang di depan pasar'), photo('b', null)] });
		expect(screen.getByRole('heading', { level: 2, name: 'Foto dari pelapor' })).toBeTruthy();
		const described = screen.getByRole('img', { name: 'Foto lubang di depan pasar' });
		const fallback = screen.getByRole('img', { name: 'Foto 2 dari 2 dari pelapor' });
		for (const img of [described, fallback]) {
			expect(img.getAttribute('loading')).toBe('lazy');
			expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['320', '240']);
		}
		expect(described.getAttribute('src')).toBe('/foto/a?t=kecil');
		const link = screen.getByRole('link', { name: 'Foto lubang di depan pasar (buka ukuran penuh)' });
		expect(link.getAttribute('href')).toBe('/foto/a?t=penuh');
		expectWellFormed();
	});

	it('shows nothing, not even its heading, without photos', () => {
		renderComponent(PhotoGallery, { photos: [] });
		expect(screen.queryByRole('heading')).toBeNull();
	});

	it('loads no picture in low-data mode: each photo is a text link to open it', () => {
		renderComponent(PhotoGallery, { photos: [photo('a', 'Foto lubang di depan pasar'), photo('b', null)], textOnly: true });
		expect(screen.queryByRole('img')).toBeNull();
		expect(document.querySelector('img')).toBeNull();
		expect(screen.getByText(/Hemat data menyala: foto tidak dimuat/)).toBeTruthy();
		const link = screen.getByRole('link', { name: 'Foto 2 dari 2 dari pelapor (buka ukuran penuh)' });
		expect(link.getAttribute('href')).toBe('/foto/b?t=penuh');
		expect(screen.getByRole('link', { name: 'Foto lubang di depan pasar (buka ukuran penuh)' })).toBeTruthy();
		expectWellFormed();
	});

	it('speaks English in English', () => {
		renderComponent(PhotoGallery, { photos: [photo('a', null)] }, 'en');
		expect(screen.getByRole('img', { name: 'Photo 1 of 1 from the reporter' })).toBeTruthy();
	});
});
