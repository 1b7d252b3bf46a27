// A copy of the filing's answers on this phone (localStorage), so a refresh while offline keeps
// what was typed. The server's draft stays the real one: the copy only fills fields the page
// left empty, and is forgotten once the report is sent. Photos and hidden fields are not copied.

const KEY = 'suara.draf';
// A photo's description belongs to the photo being uploaded, not to the answers.
const SKIP = new Set(['ubah', 'clientRequestId', 'keterangan']);

type Saved = Record<string, string>;

function read(): Saved {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Saved) : {};
	} catch {
		return {};
	}
}

function copyable(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
	if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return !SKIP.has(element.name);
	return element instanceof HTMLInputElement && !['file', 'hidden', 'submit', 'button'].includes(element.type) && !SKIP.has(element.name);
}

/** Copies the form's answers (all of them, so a cleared field is remembered as cleared). */
export function rememberLocal(form: HTMLFormElement): void {
	const saved = read();
	for (const element of Array.from(form.elements)) {
		if (!copyable(element) || !element.name) continue;
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			if (element.checked) saved[element.name] = element.value;
			else if (saved[element.name] === element.value) saved[element.name] = '';
		} else {
			saved[element.name] = element.value;
		}
	}
	try {
		localStorage.setItem(KEY, JSON.stringify(saved));
	} catch {
		// Storage full or refused (private mode): the server's draft still has the answers.
	}
}

/** Fills fields the page left empty from the copy (e.g. the page came from the cache offline). */
export function restoreLocal(form: HTMLFormElement): void {
	const saved = read();
	const answered = new Set<string>();
	for (const element of Array.from(form.elements)) {
		if (!copyable(element)) continue;
		const isChoice = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
		if (isChoice ? element.checked : element.value !== '') answered.add(element.name);
	}
	for (const element of Array.from(form.elements)) {
		if (!copyable(element) || answered.has(element.name)) continue;
		const value = saved[element.name];
		if (!value) continue;
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			if (element.value === value) element.checked = true;
		} else {
			element.value = value;
			element.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
}

export function forgetLocal(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Nothing to forget.
	}
}
