// The status timeline: the current status and an overdue deadline in words, then an ordered list
// of events with status, date in words, who acted and their note.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { statusTimelineEntry } from './catalogue';
import StatusTimeline from './StatusTimeline.svelte';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderComponent, renderExample } from './testing/render';

const i18n = testI18n();

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

const heard: Record<string, string[]> = {
	'ex-timeline-empty': ['document', 'paragraph', 'Belum ada riwayat.', 'end of paragraph', 'end of document'],
	'ex-timeline-overdue': [
		'document',
		'paragraph',
		'strong',
		'Sekarang: Diterima',
		'end of strong',
		'end of paragraph',
		'paragraph',
		'Terlambat: seharusnya sudah ditangani paling lambat 5 November 2026.',
		'end of paragraph',
		'list',
		'listitem, level 1, position 1, set size 1',
		'paragraph',
		'Status: Diterima',
		'end of paragraph',
		'paragraph',
		'time',
		'2 November 2026',
		'end of time',
		'end of paragraph',
		'end of listitem, level 1, position 1, set size 1',
		'end of list',
		'end of document'
	]
};

describe.each(statusTimelineEntry.examples)('$id', (example) => {
	it('is an ordered list, one item per event, each with its date', () => {
		renderExample(statusTimelineEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const items = document.querySelectorAll('ol > li');
		expect(items).toHaveLength(props.events.length);
		items.forEach((item, index) => {
			const event = props.events[index]!;
			expect(item.querySelector('time')?.getAttribute('datetime')).toBe(event.date);
			expect(item.textContent).toContain(i18n.date(event.date));
			if (event.status) expect(item.textContent).toContain(`Status: ${event.status}`);
			if (event.who) expect(item.textContent).toContain(`oleh ${event.who}`);
			if (event.note) expect(item.textContent).toContain(event.note);
		});
		if (props.current) expect(document.body.textContent).toContain(`Sekarang: ${props.current}`);
		expect(document.body.textContent?.includes('Terlambat')).toBe(!!props.overdueSince);
	});

	it('is heard as the current status, then a list with its items', async () => {
		renderExample(statusTimelineEntry, example);
		const log = await hearAll();
		const expected = heard[example.id];
		if (expected) return expect(log).toEqual(expected);
		const props = example.props(i18n);
		expect(log).toContain(`Sekarang: ${props.current}`);
		expect(log).toContain('list');
		const items = log.filter((p) => p.startsWith('listitem, level 1'));
		expect(items).toEqual(
			props.events.map((_, i) => `listitem, level 1, position ${i + 1}, set size ${props.events.length}`)
		);
	});
});

it('speaks English dates and words to English readers', () => {
	renderComponent(
		StatusTimeline,
		{
			events: [{ id: 'a', date: '2026-11-02T09:15:00+08:00', status: 'Received', who: 'Dinas PUPR' }],
			current: 'Received',
			overdueSince: '2026-11-05'
		},
		'en'
	);
	const text = document.body.textContent?.replace(/\s+/g, ' ');
	expect(text).toContain('Now: Received');
	expect(text).toContain('Overdue: it should have been dealt with by 5 November 2026.');
	expect(text).toContain('2 November 2026, by Dinas PUPR');
});
