// One example catalogue for every shared component (house style, habit 5): named examples of each
// state. The same list drives the gallery page (/komponen), the component and screen-reader tests
// (*.svelte.test.ts) and, through the gallery, the axe matrix. Copy comes from the message files,
// so props are built from an I18n; ids are unique across the whole catalogue.
import type { Component, ComponentProps } from 'svelte';
import type { I18n } from '$lib/i18n/context';
import type { MessageKey } from '$lib/i18n/id';
import Chart from './Chart.svelte';
import Checkbox from './Checkbox.svelte';
import Checkboxes from './Checkboxes.svelte';
import DataTable from './DataTable.svelte';
import DateField from './DateField.svelte';
import ErrorSummary from './ErrorSummary.svelte';
import LiveAnnouncer from './LiveAnnouncer.svelte';
import PageTitle from './PageTitle.svelte';
import Radios from './Radios.svelte';
import SelectField from './SelectField.svelte';
import StatusTimeline from './StatusTimeline.svelte';
import TextField from './TextField.svelte';
import type { ChartDatum, ChoiceOption, TableColumn, TableRow, TimelineEvent } from './types';

export interface Example<P> {
	/** Unique in the catalogue; also the prefix of every id the example renders. */
	id: string;
	/** The state's name, shown as the gallery's h3. */
	state: MessageKey;
	props: (i18n: I18n) => P;
	/** For LiveAnnouncer: the messages announce() is given in this state. */
	announce?: (i18n: I18n) => string[];
}

export interface CatalogueEntry<C extends Component<any> = Component<any>> {
	/** The component's name, also the gallery section's id. */
	id: string;
	/** Shown as the gallery's h2. */
	name: MessageKey;
	component: C;
	examples: Example<ComponentProps<C>>[];
	/** How the gallery shows it: rendered in place, as the title it would produce, or as buttons
	 * that announce through the layout's one live region. */
	display?: 'render' | 'title' | 'announce';
	/** Props the gallery adds to every example (several error summaries on one page must not all
	 * take focus). */
	galleryProps?: Partial<ComponentProps<C>>;
}

// Curried so the component's type is fixed first and the examples' props are checked against it.
const entry =
	<C extends Component<any>>(component: C) =>
	(rest: Omit<CatalogueEntry<C>, 'component'>): CatalogueEntry<C> => ({ component, ...rest });

// Sample data (place names are data, not copy).
const districts: ChoiceOption[] = [
	{ value: '73.06.08', label: 'Somba Opu' },
	{ value: '73.06.02', label: 'Bajeng' },
	{ value: '73.06.09', label: 'Bontomarannu' }
];
// Complaint kinds are the API's words (the layout loads them), so the samples ask something else.
const answers = (i18n: I18n): ChoiceOption[] => [
	{ value: 'ya', label: i18n.t('gallery.sample.fixed.yes'), hint: i18n.t('gallery.sample.fixed.yes.hint') },
	{ value: 'sebagian', label: i18n.t('gallery.sample.fixed.partly'), hint: i18n.t('gallery.sample.fixed.partly.hint') },
	{ value: 'tidak', label: i18n.t('gallery.sample.fixed.no'), hint: i18n.t('gallery.sample.fixed.no.hint') }
];
const contacts = (i18n: I18n): ChoiceOption[] => [
	{ value: 'sms', label: i18n.t('gallery.sample.contact.sms'), hint: i18n.t('gallery.sample.contact.sms.hint') },
	{ value: 'wa', label: i18n.t('gallery.sample.contact.wa') },
	{ value: 'email', label: i18n.t('gallery.sample.contact.email') }
];
const timeline = (i18n: I18n): TimelineEvent[] => [
	{ id: 'e1', date: '2026-11-02T09:15:00+08:00', status: i18n.t('gallery.sample.status.submitted') },
	{
		id: 'e2',
		date: '2026-11-03T10:00:00+08:00',
		status: i18n.t('gallery.sample.status.verified'),
		who: i18n.t('gallery.sample.who.verifier'),
		note: i18n.t('gallery.sample.note.verified')
	},
	{
		id: 'e3',
		date: '2026-11-04T14:30:00+08:00',
		status: i18n.t('gallery.sample.status.disposed'),
		who: i18n.t('gallery.sample.who.verifier'),
		note: i18n.t('gallery.sample.note.disposed')
	}
];
const perDistrict = [
	{ district: 'Somba Opu', received: 42, verified: 40, disposed: 35, resolved: 30, overdue: 3 },
	{ district: 'Pallangga', received: 27, verified: 25, disposed: 20, resolved: 18, overdue: 1 },
	{ district: 'Bajeng', received: 15, verified: 15, disposed: 12, resolved: 11, overdue: 0 },
	{ district: 'Bontonompo', received: 6, verified: 5, disposed: 5, resolved: 4, overdue: 2 }
] satisfies TableRow[];
const chartData: ChartDatum[] = perDistrict.map((d) => ({ label: d.district, value: d.received }));

export const pageTitleEntry = entry(PageTitle)({
	id: 'PageTitle',
	name: 'gallery.c.pageTitle',
	display: 'title',
	examples: [
		{ id: 'ex-pagetitle-plain', state: 'gallery.s.empty', props: (i) => ({ title: i.t('report.title') }) },
		{
			id: 'ex-pagetitle-error',
			state: 'gallery.s.error',
			props: (i) => ({ title: i.t('report.title'), hasErrors: true })
		}
	]
});

export const errorSummaryEntry = entry(ErrorSummary)({
	id: 'ErrorSummary',
	name: 'gallery.c.errorSummary',
	galleryProps: { focusOnShow: false },
	examples: [
		{
			id: 'ex-errorsummary-one',
			state: 'gallery.s.oneError',
			props: (i) => ({
				id: 'ex-errorsummary-one',
				items: [{ message: i.t('gallery.sample.error.title'), href: '#ex-textfield-error' }]
			})
		},
		{
			id: 'ex-errorsummary-many',
			state: 'gallery.s.manyErrors',
			props: (i) => ({
				id: 'ex-errorsummary-many',
				items: [
					{ message: i.t('gallery.sample.error.fixed'), href: '#ex-radios-error' },
					{ message: i.t('gallery.sample.error.title'), href: '#ex-textfield-error' },
					{ message: i.t('gallery.sample.error.date'), href: '#ex-datefield-error' },
					{ message: i.t('gallery.sample.error.general') }
				]
			})
		}
	]
});

export const textFieldEntry = entry(TextField)({
	id: 'TextField',
	name: 'gallery.c.textField',
	examples: [
		{
			id: 'ex-textfield-empty',
			state: 'gallery.s.empty',
			props: (i) => ({ id: 'ex-textfield-empty', label: i.t('report.title.label') })
		},
		{
			id: 'ex-textfield-hint',
			state: 'gallery.s.hint',
			props: (i) => ({
				id: 'ex-textfield-hint',
				label: i.t('report.title.label'),
				hint: i.t('report.title.hint', { max: 150 })
			})
		},
		{
			id: 'ex-textfield-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-textfield-error',
				label: i.t('report.title.label'),
				hint: i.t('report.title.hint', { max: 150 }),
				error: i.t('gallery.sample.error.title')
			})
		},
		{
			id: 'ex-textfield-filled',
			state: 'gallery.s.filled',
			props: (i) => ({
				id: 'ex-textfield-filled',
				label: i.t('report.title.label'),
				value: i.t('gallery.sample.title')
			})
		},
		{
			id: 'ex-textfield-optional',
			state: 'gallery.s.optional',
			props: (i) => ({
				id: 'ex-textfield-optional',
				label: i.t('report.phone.label'),
				hint: i.t('report.phone.hint'),
				type: 'tel',
				autocomplete: 'tel',
				width: 'medium',
				optional: true
			})
		},
		{
			id: 'ex-textfield-textarea',
			state: 'gallery.s.textarea',
			props: (i) => ({
				id: 'ex-textfield-textarea',
				label: i.t('report.story.label'),
				hint: i.t('report.story.hint', { max: 4000 }),
				error: i.t('gallery.sample.error.story'),
				multiline: true,
				rows: 4
			})
		}
	]
});

export const selectFieldEntry = entry(SelectField)({
	id: 'SelectField',
	name: 'gallery.c.selectField',
	examples: [
		{
			id: 'ex-selectfield-empty',
			state: 'gallery.s.empty',
			props: (i) => ({
				id: 'ex-selectfield-empty',
				label: i.t('report.district.label'),
				emptyLabel: i.t('report.district.choose'),
				options: districts
			})
		},
		{
			id: 'ex-selectfield-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-selectfield-error',
				label: i.t('report.district.label'),
				emptyLabel: i.t('report.district.choose'),
				options: districts,
				error: i.t('gallery.sample.error.district')
			})
		},
		{
			id: 'ex-selectfield-filled',
			state: 'gallery.s.filled',
			props: (i) => ({
				id: 'ex-selectfield-filled',
				label: i.t('report.district.label'),
				emptyLabel: i.t('report.district.choose'),
				options: districts,
				value: '73.06.02'
			})
		},
		{
			id: 'ex-selectfield-groups',
			state: 'gallery.s.groups',
			props: (i) => ({
				id: 'ex-selectfield-groups',
				label: i.t('report.village.label'),
				hint: i.t('report.village.hint'),
				emptyLabel: i.t('report.village.none'),
				optional: true,
				groups: [
					{
						label: 'Somba Opu',
						options: [
							{ value: '73.06.08.1001', label: 'Sungguminasa' },
							{ value: '73.06.08.1002', label: 'Batangkaluku' }
						]
					},
					{ label: 'Bajeng', options: [{ value: '73.06.02.1001', label: 'Kalebajeng' }] }
				]
			})
		}
	]
});

export const radiosEntry = entry(Radios)({
	id: 'Radios',
	name: 'gallery.c.radios',
	examples: [
		{
			id: 'ex-radios-empty',
			state: 'gallery.s.empty',
			props: (i) => ({ id: 'ex-radios-empty', legend: i.t('gallery.sample.fixed.legend'), options: answers(i) })
		},
		{
			id: 'ex-radios-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-radios-error',
				legend: i.t('gallery.sample.fixed.legend'),
				options: answers(i),
				error: i.t('gallery.sample.error.fixed')
			})
		},
		{
			id: 'ex-radios-checked',
			state: 'gallery.s.checked',
			props: (i) => ({
				id: 'ex-radios-checked',
				legend: i.t('gallery.sample.fixed.legend'),
				options: answers(i),
				value: 'sebagian'
			})
		},
		{
			id: 'ex-radios-hint',
			state: 'gallery.s.hint',
			props: (i) => ({
				id: 'ex-radios-hint',
				legend: i.t('report.category.legend'),
				hint: i.t('report.category.hint'),
				optional: true,
				large: true,
				options: [
					// Category names are data from the database.
					{ value: 'c1', label: 'Jalan dan jembatan' },
					{ value: 'c2', label: 'Listrik dan lampu jalan' },
					{
						value: '',
						label: i.t('report.category.unknown'),
						hint: i.t('report.category.unknown.hint')
					}
				]
			})
		}
	]
});

export const checkboxesEntry = entry(Checkboxes)({
	id: 'Checkboxes',
	name: 'gallery.c.checkboxes',
	examples: [
		{
			id: 'ex-checkboxes-empty',
			state: 'gallery.s.empty',
			props: (i) => ({
				id: 'ex-checkboxes-empty',
				legend: i.t('gallery.sample.contact.legend'),
				hint: i.t('gallery.sample.contact.hint'),
				options: contacts(i)
			})
		},
		{
			id: 'ex-checkboxes-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-checkboxes-error',
				legend: i.t('gallery.sample.contact.legend'),
				hint: i.t('gallery.sample.contact.hint'),
				options: contacts(i),
				error: i.t('gallery.sample.error.contact')
			})
		},
		{
			id: 'ex-checkboxes-checked',
			state: 'gallery.s.checked',
			props: (i) => ({
				id: 'ex-checkboxes-checked',
				legend: i.t('gallery.sample.contact.legend'),
				hint: i.t('gallery.sample.contact.hint'),
				options: contacts(i),
				values: ['sms', 'email']
			})
		}
	]
});

export const checkboxEntry = entry(Checkbox)({
	id: 'Checkbox',
	name: 'gallery.c.checkbox',
	examples: [
		{
			id: 'ex-checkbox-empty',
			state: 'gallery.s.hint',
			props: (i) => ({
				id: 'ex-checkbox-empty',
				label: i.t('report.showName.label'),
				hint: i.t('report.showName.hint')
			})
		},
		{
			id: 'ex-checkbox-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-checkbox-error',
				label: i.t('report.showName.label'),
				hint: i.t('report.showName.hint'),
				error: i.t('gallery.sample.error.showName'),
				checked: true
			})
		},
		{
			id: 'ex-checkbox-checked',
			state: 'gallery.s.checked',
			props: (i) => ({ id: 'ex-checkbox-checked', label: i.t('report.showName.label'), checked: true })
		}
	]
});

export const dateFieldEntry = entry(DateField)({
	id: 'DateField',
	name: 'gallery.c.dateField',
	examples: [
		{
			id: 'ex-datefield-empty',
			state: 'gallery.s.hint',
			props: (i) => ({
				id: 'ex-datefield-empty',
				legend: i.t('report.date.legend'),
				hint: i.t('report.date.hint'),
				optional: true
			})
		},
		{
			id: 'ex-datefield-error',
			state: 'gallery.s.error',
			props: (i) => ({
				id: 'ex-datefield-error',
				legend: i.t('report.date.legend'),
				hint: i.t('report.date.hint'),
				error: i.t('gallery.sample.error.date'),
				errorParts: ['year'],
				optional: true,
				day: '17',
				month: '8',
				year: '2099'
			})
		},
		{
			id: 'ex-datefield-filled',
			state: 'gallery.s.filled',
			props: (i) => ({
				id: 'ex-datefield-filled',
				legend: i.t('report.date.legend'),
				optional: true,
				day: '3',
				month: '11',
				year: '2026'
			})
		},
		{
			id: 'ex-datefield-birthday',
			state: 'gallery.s.birthday',
			props: (i) => ({
				id: 'ex-datefield-birthday',
				legend: i.t('gallery.sample.birth.legend'),
				hint: i.t('gallery.sample.birth.hint'),
				autocomplete: 'bday'
			})
		}
	]
});

/** CharacterCount is shown on the field it counts (TextField's `limit`). */
export const characterCountEntry = entry(TextField)({
	id: 'CharacterCount',
	name: 'gallery.c.characterCount',
	examples: [
		{
			id: 'ex-charcount-empty',
			state: 'gallery.s.empty',
			props: (i) => ({
				id: 'ex-charcount-empty',
				label: i.t('report.title.label'),
				hint: i.t('report.title.hint', { max: 150 }),
				limit: 150
			})
		},
		{
			id: 'ex-charcount-filled',
			state: 'gallery.s.filled',
			props: (i) => ({
				id: 'ex-charcount-filled',
				label: i.t('report.title.label'),
				hint: i.t('report.title.hint', { max: 150 }),
				value: i.t('gallery.sample.title'),
				limit: 150
			})
		},
		{
			id: 'ex-charcount-over',
			state: 'gallery.s.overLimit',
			props: (i) => ({
				id: 'ex-charcount-over',
				label: i.t('report.title.label'),
				hint: i.t('report.title.hint', { max: 20 }),
				value: i.t('gallery.sample.title'),
				limit: 20
			})
		},
		{
			id: 'ex-charcount-textarea',
			state: 'gallery.s.textarea',
			props: (i) => ({
				id: 'ex-charcount-textarea',
				label: i.t('report.story.label'),
				hint: i.t('report.story.hint', { max: 4000 }),
				multiline: true,
				rows: 4,
				value: i.t('gallery.sample.story'),
				limit: 4000
			})
		}
	]
});

export const statusTimelineEntry = entry(StatusTimeline)({
	id: 'StatusTimeline',
	name: 'gallery.c.statusTimeline',
	examples: [
		{ id: 'ex-timeline-empty', state: 'gallery.s.empty', props: () => ({ events: [] }) },
		{
			id: 'ex-timeline-current',
			state: 'gallery.s.current',
			props: (i) => ({ events: timeline(i), current: i.t('gallery.sample.status.disposed') })
		},
		{
			id: 'ex-timeline-overdue',
			state: 'gallery.s.overdue',
			props: (i) => ({
				events: timeline(i).slice(0, 1),
				current: i.t('gallery.sample.status.submitted'),
				overdueSince: '2026-11-05T23:59:59+08:00'
			})
		}
	]
});

export const liveAnnouncerEntry = entry(LiveAnnouncer)({
	id: 'LiveAnnouncer',
	name: 'gallery.c.liveAnnouncer',
	display: 'announce',
	examples: [
		{
			id: 'ex-announcer-message',
			state: 'gallery.s.message',
			props: () => ({}),
			announce: (i) => [i.t('gallery.sample.announce')]
		}
	]
});

const tableColumns = (i: I18n, wide: boolean): TableColumn[] => [
	{ key: 'district', label: i.t('report.district.label'), rowHeader: true },
	{ key: 'received', label: i.t('gallery.sample.table.received'), numeric: true },
	...(wide
		? [
				{ key: 'verified', label: i.t('gallery.sample.status.verified'), numeric: true },
				{ key: 'disposed', label: i.t('gallery.sample.status.disposed'), numeric: true }
			]
		: []),
	{ key: 'resolved', label: i.t('gallery.sample.table.resolved'), numeric: true },
	...(wide ? [{ key: 'overdue', label: i.t('gallery.sample.table.overdue'), numeric: true }] : [])
];

export const dataTableEntry = entry(DataTable)({
	id: 'DataTable',
	name: 'gallery.c.dataTable',
	examples: [
		{
			id: 'ex-table-empty',
			state: 'gallery.s.empty',
			props: (i) => ({
				id: 'ex-table-empty',
				caption: i.t('gallery.sample.table.caption'),
				columns: tableColumns(i, false),
				rows: []
			})
		},
		{
			id: 'ex-table-rows',
			state: 'gallery.s.rowHeaders',
			props: (i) => ({
				id: 'ex-table-rows',
				caption: i.t('gallery.sample.table.caption'),
				columns: tableColumns(i, false),
				rows: perDistrict
			})
		},
		{
			id: 'ex-table-wide',
			state: 'gallery.s.wide',
			props: (i) => ({
				id: 'ex-table-wide',
				caption: i.t('gallery.sample.table.captionWide'),
				columns: tableColumns(i, true),
				rows: perDistrict
			})
		}
	]
});

export const chartEntry = entry(Chart)({
	id: 'Chart',
	name: 'gallery.c.chart',
	examples: [
		{
			id: 'ex-chart-filled',
			state: 'gallery.s.filled',
			props: (i) => ({
				id: 'ex-chart-filled',
				title: i.t('gallery.sample.chart.title'),
				summary: i.t('gallery.sample.chart.summary', {
					top: 'Somba Opu',
					topCount: 42,
					bottom: 'Bontonompo',
					bottomCount: 6
				}),
				data: chartData,
				categoryLabel: i.t('report.district.label'),
				valueLabel: i.t('gallery.sample.table.received')
			})
		},
		{
			id: 'ex-chart-empty',
			state: 'gallery.s.empty',
			props: (i) => ({
				id: 'ex-chart-empty',
				title: i.t('gallery.sample.chart.title'),
				summary: i.t('gallery.sample.chart.none'),
				data: [],
				categoryLabel: i.t('report.district.label'),
				valueLabel: i.t('gallery.sample.table.received')
			})
		}
	]
});

/** Every component, in the order the gallery shows them. */
export const catalogue: CatalogueEntry[] = [
	pageTitleEntry,
	errorSummaryEntry,
	textFieldEntry,
	selectFieldEntry,
	radiosEntry,
	checkboxesEntry,
	checkboxEntry,
	dateFieldEntry,
	characterCountEntry,
	statusTimelineEntry,
	liveAnnouncerEntry,
	dataTableEntry,
	chartEntry
];
