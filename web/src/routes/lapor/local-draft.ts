// The filing's answers on this phone, in IndexedDB ($lib/offline/store, loaded only when a step
// needs it), so closing the browser or losing the connection loses nothing: every answer as typed
// and, from the photo step, the photos already shrunk. The server's draft stays the real one while
// online: the copy only fills fields the page left empty (e.g. a step page from the service
// worker's cache offline), and is forgotten once the report is sent, on "Hapus draf", on "keluar"
// and after 7 days. An old copy in localStorage (before photos could be kept) is moved over once.

import { emptyValues, journey, readStep, type FilingValues, type Step } from './filing';

const OLD_KEY = 'suara.draf';
// A photo's description belongs to the photo being uploaded, not to the answers.
const SKIP = new Set(['ubah', 'clientRequestId', 'keterangan', 'kembali', 'hapus', 'tujuan']);

type Fields = Record<string, string>;

let store: Promise<typeof import('$lib/offline/store')> | null = null;
/** The store, fetched on first use; its first use moves an old localStorage copy into it. */
export function offlineStore(): Promise<typeof import('$lib/offline/store')> {
	store ??= import('$lib/offline/store').then(async (module) => {
		let old: string | null = null;
		try {
			old = localStorage.getItem(OLD_KEY);
			localStorage.removeItem(OLD_KEY);
		} catch {
			old = null;
		}
		if (old) {
			try {
				const parsed = JSON.parse(old) as unknown;
				if (parsed && typeof parsed === 'object') {
					await module.updateDraft((draft) => ({ ...draft, fields: { ...(parsed as Fields), ...draft.fields } }));
				}
			} catch {
				// An unreadable old copy is simply dropped.
			}
		}
		return module;
	});
	return store;
}

function copyable(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
	if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return !SKIP.has(element.name);
	// Hidden inputs too: the phone's position from "Pakai lokasi saya" is one (latitude, longitude).
	return element instanceof HTMLInputElement && !['file', 'submit', 'button'].includes(element.type) && !SKIP.has(element.name);
}

/** The form's answers (all of them, so a cleared field is remembered as cleared). */
function formFields(form: HTMLFormElement, saved: Fields): Fields {
	const fields = { ...saved };
	for (const element of Array.from(form.elements)) {
		if (!copyable(element) || !element.name) continue;
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			if (element.checked) fields[element.name] = element.value;
			else if (fields[element.name] === element.value) fields[element.name] = '';
		} else {
			fields[element.name] = element.value;
		}
	}
	return fields;
}

/**
 * A step's posted answers, as the service worker reads them from a plain page's form post that
 * could not reach the server ($lib/plain): what the form sent, photos and buttons aside. A choice
 * left unchosen is not in a post, so the page's own copy as typed keeps that.
 */
export function postedFields(body: FormData): Fields {
	const fields: Fields = {};
	for (const [name, value] of body) if (typeof value === 'string' && !SKIP.has(name)) fields[name] = value;
	return fields;
}

/** Keeps the form's answers on the phone. */
export async function rememberLocal(form: HTMLFormElement): Promise<void> {
	try {
		const { updateDraft } = await offlineStore();
		await updateDraft((draft) => ({ ...draft, fields: formFields(form, draft.fields) }));
	} catch {
		// Storage refused (private mode) or the helper could not load: the server's draft has them.
	}
}

/** How a step's form keeps its answers as typed (keepAsTyped). */
export interface TypedKeeper {
	/** Keeps the answers now (sending: the phone's copy becomes what is sent, scripted changes too). */
	now(): void;
	/** A save still waiting for the pause after typing happens now (the page is being left). */
	flush(): void;
	/** Stops listening, after a save still waiting. */
	stop(): void;
}

/**
 * Keeps the form's answers on the phone as they are typed, a moment after the last key (not a
 * database write per letter). Step.svelte on a hydrated step, $lib/plain/page.ts on a plain one.
 */
export function keepAsTyped(form: HTMLFormElement, pause = 300): TypedKeeper {
	let typing: ReturnType<typeof setTimeout> | undefined;
	const now = () => {
		clearTimeout(typing);
		typing = undefined;
		void rememberLocal(form);
	};
	const flush = () => {
		if (typing !== undefined) now();
	};
	const typed = () => {
		clearTimeout(typing);
		typing = setTimeout(now, pause);
	};
	form.addEventListener('input', typed);
	form.addEventListener('change', typed);
	return {
		now,
		flush,
		stop: () => {
			flush();
			form.removeEventListener('input', typed);
			form.removeEventListener('change', typed);
		}
	};
}

/** Fills fields the page left empty from the phone's copy. */
export async function restoreLocal(form: HTMLFormElement): Promise<void> {
	let saved: Fields = {};
	try {
		saved = (await (await offlineStore()).readDraft())?.fields ?? {};
	} catch {
		return;
	}
	const answered = new Set<string>();
	for (const element of Array.from(form.elements)) {
		if (!copyable(element)) continue;
		const isChoice = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
		if (isChoice ? element.checked : element.value !== '') answered.add(element.name);
	}
	// The live list, not a copy: a field a restored answer brings into the form (the desa list of
	// the kecamatan put back) comes after it, and takes its answer back too.
	for (let i = 0; i < form.elements.length; i++) {
		const element = form.elements[i]!;
		if (!copyable(element) || answered.has(element.name)) continue;
		const value = saved[element.name];
		if (!value) continue;
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			if (element.value === value) {
				element.checked = true;
				element.dispatchEvent(new Event('change', { bubbles: true }));
			}
		} else {
			element.value = value;
			element.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
}

/**
 * "Lapor untuk warga" on this phone: a step the server rendered for a sahabat's filing marks the
 * phone's copy, so its pages kept for offline use (rendered for nobody) still lead through consent.
 */
export async function rememberAssisted(): Promise<void> {
	try {
		const { updateDraft } = await offlineStore();
		await updateDraft((draft) => (draft.assisted ? draft : { ...draft, assisted: true }));
	} catch {
		// Storage refused: online, the server's draft knows.
	}
}

/** Is the filing kept on this phone a sahabat's for a resident? */
export async function assistedOnPhone(): Promise<boolean> {
	try {
		return (await (await offlineStore()).readDraft())?.assisted === true;
	} catch {
		return false;
	}
}

export async function forgetLocal(): Promise<void> {
	try {
		await (await offlineStore()).clearDraft();
	} catch {
		// Nothing to forget.
	}
}

/** A form field each step posts, to find where a filing kept on the phone stops (none: the photos, optional). */
const answeredBy: Readonly<Record<Step, readonly string[]>> = {
	jenis: ['kind'],
	kejadian: ['title'],
	waktu: ['incidentDate-day', 'dateUnknown'],
	lokasi: ['districtCode'],
	kategori: ['categoryId'],
	instansi: ['suggestedAgencyId'],
	foto: [],
	privasi: ['privacy'],
	kabar: ['contactPreference'],
	persetujuan: ['consentMethod']
};

/** Where the start page's "Lanjutkan draf" opens a filing kept on the phone: its first unanswered step, or the check page. */
export function phoneResumesAt(fields: Fields, assisted = false): string {
	const missing = journey(assisted).find((step) => answeredBy[step].length > 0 && !answeredBy[step].some((name) => fields[name]));
	return missing ? `/lapor/${missing}` : '/lapor/periksa';
}

/** A time something was kept on the phone (the draft saved, a report made), as the pages say it: in Gowa's time. */
export function savedAtText(savedAt: number, lang: string): string {
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Asia/Makassar'
	}).format(savedAt);
}

function asForm(fields: Fields): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
}

/** The phone's answers as the pages show them (each step's form read as its action reads it). */
export function localValues(fields: Fields, assisted = false): FilingValues {
	const form = asForm(fields);
	const values = { ...emptyValues(), assisted };
	for (const step of journey(assisted)) {
		const read = readStep(step, form).values;
		for (const [key, value] of Object.entries(read)) {
			// Only the steps answered on the phone (a step never opened leaves its fields absent).
			if (value !== '' && value !== false) Object.assign(values, { [key]: value });
		}
	}
	return values;
}

/** A filing as kept on the phone, the way the check and consent pages read it back. */
export interface PhoneFiling {
	values: FilingValues;
	photos: { fileName: string }[];
	/** Photos the server does not have yet. */
	photosOnPhone: { fileName: string }[];
	/** The consent slip's photo (a sahabat's filing); `sent`: the server has it. */
	slip: { fileName: string; sent: boolean } | null;
	/** Any answer typed at all. */
	answered: boolean;
}

/** The filing kept on this phone, or null: read back by the pages kept for offline use. */
export async function phoneFiling(assisted: boolean): Promise<PhoneFiling | null> {
	const draft = await (await offlineStore()).readDraft();
	if (!draft) return null;
	const evidence = draft.photos.filter((p) => p.purpose !== 'slip');
	const slip = draft.photos.find((p) => p.purpose === 'slip');
	return {
		values: localValues(draft.fields, assisted || draft.assisted === true),
		photos: evidence.map((p) => ({ fileName: p.name })),
		photosOnPhone: evidence.filter((p) => p.serverId === null).map((p) => ({ fileName: p.name })),
		slip: slip ? { fileName: slip.name, sent: slip.serverId !== null } : null,
		answered: Object.keys(draft.fields).length > 0
	};
}

/** The phone's answers as the server's draft answers, for the offline outbox; only fields present. */
export function localAnswers(fields: Fields, assisted = false): Record<string, string | boolean | null> {
	const form = asForm(fields);
	const answers: Record<string, string | boolean | null> = {};
	for (const step of journey(assisted)) {
		const asked = readStep(step, form);
		for (const [key, value] of Object.entries(asked.answers)) {
			const named = key === 'incidentDate' ? ['incidentDate-day', 'dateUnknown'] : key === 'consentGivenAt' ? ['consentMethod'] : [key];
			if (named.some((n) => n in fields)) answers[key] = value;
		}
	}
	return answers;
}

/**
 * The check page's send through the offline outbox: the filing kept on the phone goes into it under
 * `clientRequestId` (the phone's copy is then forgotten), and is sent at once when the connection
 * is there, else by Background Sync where the browser has it, on the `online` event or on the next
 * visit. Returns where to go: the receipt once sent, else the outbox.
 */
export async function queueFiling(
	clientRequestId: string,
	values: Pick<FilingValues, 'assisted' | 'title'>,
	/** Called once it is in the outbox (before it is sent). */
	onQueued?: () => void
): Promise<string> {
	const store = await offlineStore();
	const draft = await store.readDraft();
	await store.enqueue({
		clientRequestId,
		answers: localAnswers(draft?.fields ?? {}, values.assisted),
		step: values.assisted ? 'persetujuan' : 'kabar',
		photos: (draft?.photos ?? []).filter((p) => p.serverId === null),
		title: values.title
	});
	await store.clearDraft();
	onQueued?.();
	try {
		const send = await import('$lib/offline/send');
		// Background Sync, where the browser has it: the worker sends it even with the page closed.
		const registration = await navigator.serviceWorker?.getRegistration();
		await (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync
			?.register(send.SYNC_TAG)
			.catch(() => {});
		if (navigator.onLine) await send.sendAll();
	} catch {
		// The sender could not load (offline, not kept by the worker): the outbox page sends it.
	}
	const item = (await store.listOutbox()).find((i) => i.clientRequestId === clientRequestId);
	return item?.state === 'sent' && item.trackingCode ? `/lapor/terkirim/${encodeURIComponent(item.trackingCode)}` : '/lapor/tertunda';
}
