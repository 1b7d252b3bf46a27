// Data tables and charts: caption, column and row headers, the chart as one named image with the
// same figures in a table below it, and a scroll box that becomes a focusable region only when
// the table is too wide for the screen.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { chartEntry, dataTableEntry } from './catalogue';
import DataTable from './DataTable.svelte';
import { testI18n } from './testing/i18n';
import { expectWellFormed, hearAll, renderComponent, renderExample } from './testing/render';
import type { TableColumn } from './types';

const i18n = testI18n();

afterEach(async () => {
	await virtual.stop();
	cleanup();
});

describe.each(dataTableEntry.examples)('$id', (example) => {
	it('has a caption, column headers and row headers', () => {
		renderExample(dataTableEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const table = document.querySelector('table')!;
		expect(table.caption?.textContent).toBe(props.caption);
		const columnHeaders = [...table.querySelectorAll('thead th')];
		expect(columnHeaders.map((th) => th.getAttribute('scope'))).toEqual(props.columns.map(() => 'col'));
		expect(columnHeaders.map((th) => th.textContent)).toEqual(props.columns.map((c: TableColumn) => c.label));
		const rowHeaders = [...table.querySelectorAll('tbody th')];
		expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(props.rows.map(() => 'row'));
		// Not a scroll region while it fits (jsdom has no layout: it always fits).
		expect(document.querySelector('[role="region"]')).toBeNull();
		expect(document.querySelector('.table-box')?.hasAttribute('tabindex')).toBe(false);
	});

	it('is heard as a table named by its caption', async () => {
		renderExample(dataTableEntry, example);
		const log = await hearAll();
		const props = example.props(i18n);
		expect(log.slice(0, 3)).toEqual(['document', `table, ${props.caption}`, `caption, ${props.caption}`]);
		expect(log.filter((p) => p.startsWith('columnheader, '))).toEqual(
			props.columns.map((c: TableColumn) => `columnheader, ${c.label}`)
		);
		if (props.rows.length === 0) expect(log).toContain('cell, Belum ada data., column span 3');
		expect(log.filter((p) => p.startsWith('rowheader, '))).toEqual(
			props.rows.map((r: object) => `rowheader, ${(r as Record<string, unknown>)['district']}`)
		);
	});
});

describe('a table too wide for the screen', () => {
	it('scrolls in a labelled region the keyboard can reach, with a hint', () => {
		const wide = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth');
		Object.defineProperty(Element.prototype, 'scrollWidth', { configurable: true, get: () => 600 });
		Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 288 });
		try {
			renderComponent(DataTable, { ...dataTableEntry.examples[2]!.props(i18n) });
			const region = document.querySelector('[role="region"]')!;
			expect(region.getAttribute('tabindex')).toBe('0');
			expect(document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent).toBe(
				'Laporan per kecamatan dan status, November 2026'
			);
			expect(document.getElementById(region.getAttribute('aria-describedby')!)?.textContent).toBe(
				'Tabel ini lebar. Geser ke samping untuk melihat semua kolom.'
			);
			expectWellFormed();
		} finally {
			if (wide) Object.defineProperty(Element.prototype, 'scrollWidth', wide);
			// jsdom defines clientWidth on Element.prototype as 0; put a plain 0 back.
			Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 0 });
		}
	});

	it('formats numbers for the reader', () => {
		renderComponent(
			DataTable,
			{ id: 't', caption: 'Jumlah', columns: [{ key: 'n', label: 'N', numeric: true }], rows: [{ n: 12345 }] },
			'id'
		);
		expect(document.querySelector('td')?.textContent).toBe('12.345');
	});
});

describe.each(chartEntry.examples)('$id', (example) => {
	it('draws one named image and puts the same figures in a table below it', () => {
		renderExample(chartEntry, example);
		expectWellFormed();
		const props = example.props(i18n);
		const svg = document.querySelector('svg');
		if (props.data.length === 0) {
			expect(svg).toBeNull();
		} else {
			expect(svg?.getAttribute('role')).toBe('img');
			const name = (svg?.getAttribute('aria-labelledby') ?? '')
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent);
			expect(name).toEqual([props.title, props.summary]);
			// Every bar is labelled with its category and value, not told apart by colour.
			expect([...svg!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
				props.data.map((d: { label: string; value: number }) => `${d.label}: ${d.value}`)
			);
			expect(svg!.compareDocumentPosition(document.querySelector('table')!)).toBe(
				Node.DOCUMENT_POSITION_FOLLOWING
			);
		}
		const cells = [...document.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.children].map((c) => c.textContent)
		);
		expect(cells).toEqual(
			props.data.length
				? props.data.map((d: { label: string; value: number }) => [d.label, String(d.value)])
				: [['Belum ada data.']]
		);
	});

	it('is heard as an image with its title and summary, then as a table', async () => {
		renderExample(chartEntry, example);
		const log = await hearAll();
		const props = example.props(i18n);
		const caption = `${props.title} (data grafik dalam bentuk tabel)`;
		if (props.data.length > 0) {
			// One image, its bars not read one by one; then the table.
			expect(log.slice(0, 3)).toEqual(['document', `image, ${props.title} ${props.summary}`, `table, ${caption}`]);
		}
		expect(log).toContain(`table, ${caption}`);
		// The title and summary are said once, as the image's name, not again as paragraphs.
		expect(log.filter((p) => p === props.title)).toHaveLength(props.data.length ? 0 : 1);
	});
});
