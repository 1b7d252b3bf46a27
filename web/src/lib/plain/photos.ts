// The photo step as a plain page (routes.ts), for the plain script (page.ts): what
// routes/lapor/foto/+page.svelte does when a hydrated page's client renders it, with the same work
// (phone-photos.ts). "Unggah foto" and "Lanjutkan" shrink each chosen photo, keep it on the phone
// and send it; once sent, the page is loaded again with the outcome in its address, as the server
// answers a post without JavaScript (the list, the notice, a refused photo's reason at the field
// with the summary focused). Without a connection the photos stay on the phone, the page says so
// and sends them when the connection returns ("Lanjutkan" goes on when the service worker can open
// the next step); in low-data mode on a phone network they wait on the phone for the report. The
// photos kept on the phone are listed, each with its button to remove it.
import { format } from '$lib/i18n/core';
import { deferUpload, photoSender, photosOnPhone, recordStepDone, removeFromPhone, type PhotoIssue } from '../../routes/lapor/foto/phone-photos';
import { plainData } from './routes';

/** What the photo step writes for this part (JSON in `data-photos`); sentences with {n} are filled here. */
export interface PhotoWords {
	/** The step's address, where an upload comes back to. */
	returnTo: string;
	uploading: string;
	waiting: string;
	deferred: string;
	onPhone: string;
	removeFailed: string;
}

type Job = { files: File[]; description: string; next: string | null };

export function startPhotos(marker: HTMLElement, announce: (message: string) => void): Promise<void> {
	const form = marker.closest('form');
	let words: PhotoWords;
	try {
		words = JSON.parse(marker.getAttribute(plainData.photos) ?? '') as PhotoWords;
	} catch {
		return Promise.resolve();
	}
	if (!form) return Promise.resolve();
	const status = form.querySelector<HTMLElement>('[role="status"]');
	const input = form.elements.namedItem('foto');
	const described = form.elements.namedItem('keterangan');
	const upload = form.querySelector<HTMLButtonElement>('button[name="unggah"]');
	const sender = photoSender(() => import(/* @vite-ignore */ __PLAIN_FEATURES__.shrink) as Promise<typeof import('../../routes/lapor/foto/resize')>);
	if (input instanceof HTMLInputElement) input.addEventListener('change', sender.prepare);

	const say = (text: string) => {
		if (!status) return;
		status.textContent = text;
		status.classList.toggle('notice', text !== '');
	};

	/** The photos kept on the phone, each with its button to remove it. */
	async function drawPhonePhotos(): Promise<void> {
		const frame = document.querySelector<HTMLElement>(`[${plainData.keptPhotos}]`);
		const count = frame?.querySelector('p');
		const list = frame?.querySelector('ul');
		const item = frame?.querySelector('template');
		if (!frame || !count || !list || !item) return;
		const kept = await photosOnPhone();
		frame.hidden = kept.length === 0;
		const none = document.querySelector<HTMLElement>(`[${plainData.photosNone}]`);
		if (none) none.hidden = kept.length > 0;
		count.textContent = format(words.onPhone, { n: kept.length });
		list.replaceChildren(
			...kept.map((photo) => {
				const li = (item.content.cloneNode(true) as DocumentFragment).querySelector('li')!;
				const text = li.querySelector('span');
				const button = li.querySelector('button');
				if (text) text.textContent = photo.description || photo.name;
				button?.querySelector('.visually-hidden')?.append(photo.name);
				button?.addEventListener('click', () => void removeFromPhone((p) => p.id === photo.id).then(drawPhonePhotos));
				return li;
			})
		);
	}

	/** The page again, with what the upload did in its address (as the server answers without JavaScript). */
	function showOutcome(stored: number, issue: PhotoIssue | undefined): void {
		const url = new URL(words.returnTo, location.href);
		url.searchParams.set('foto', String(stored));
		if (issue) {
			url.searchParams.set('galat', issue.code);
			url.searchParams.set('berkas', issue.fileName);
		}
		location.assign(url.pathname + url.search);
	}

	let busy = false;
	let waiting: Job | null = null;

	async function goOn(next: string): Promise<boolean> {
		const way = await recordStepDone(next);
		if (way) location.assign(way.to);
		return way !== null;
	}

	/** Says why nothing went, and tries again by itself when the phone is back online. */
	function wait(job: Job): void {
		waiting = job;
		say(words.waiting);
		window.removeEventListener('online', retry);
		window.addEventListener('online', retry, { once: true });
	}

	function retry(): void {
		const job = waiting;
		waiting = null;
		say('');
		if (job) void run(job);
	}

	async function run(job: Job): Promise<void> {
		busy = true;
		try {
			if (job.files.length > 0) {
				if (deferUpload()) {
					// Low-data mode on a phone network: kept on the phone, sent with the report.
					await sender.keep(job.files, job.description);
					await drawPhonePhotos();
					announce(format(words.deferred, { n: job.files.length }));
					form!.reset();
				} else {
					const label = upload?.textContent ?? '';
					upload?.setAttribute('aria-disabled', 'true');
					if (upload) upload.textContent = format(words.uploading, { n: job.files.length });
					announce(format(words.uploading, { n: job.files.length }));
					let outcome: Awaited<ReturnType<typeof sender.send>>;
					try {
						outcome = await sender.send(job.files, job.description, words.returnTo);
					} finally {
						upload?.removeAttribute('aria-disabled');
						if (upload) upload.textContent = label;
					}
					if ('left' in outcome) {
						await drawPhonePhotos();
						// "Lanjutkan" offline: the photos are on the phone and go with the report later.
						if (job.next !== null && (await goOn(job.next))) return;
						return wait({ ...job, files: outcome.left });
					}
					if (outcome.issues.length > 0 || job.next === null) return showOutcome(outcome.stored, outcome.issues[0]);
				}
			}
			if (job.next !== null && !(await goOn(job.next))) wait({ ...job, files: [] });
		} finally {
			busy = false;
		}
	}

	form.addEventListener('submit', (event) => {
		const submitter = event.submitter as HTMLButtonElement | null;
		const next = submitter?.name === 'lanjut' ? submitter.value : null;
		// Photos that were waiting for the connection are the ones still to send.
		const files = waiting ? waiting.files : Array.from(input instanceof HTMLInputElement ? (input.files ?? []) : []);
		// Nothing chosen and nothing to go on to: the server says so, as without JavaScript.
		if (files.length === 0 && next === null) return;
		event.preventDefault();
		if (busy) return;
		waiting = null;
		window.removeEventListener('online', retry);
		void run({ files, description: described instanceof HTMLInputElement ? described.value : '', next });
	});

	// A photo removed on the server is forgotten on the phone too, then the form posts as it would.
	for (const remover of document.querySelectorAll<HTMLFormElement>(`form[${plainData.photoRemove}]`)) {
		remover.addEventListener('submit', (event) => {
			if (!navigator.onLine) {
				event.preventDefault();
				say(words.removeFailed);
				return;
			}
			const serverId = new FormData(remover).get('hapus');
			event.preventDefault();
			// submit() posts without firing this event again.
			void removeFromPhone((p) => p.serverId === serverId).finally(() => remover.submit());
		});
	}

	// What the last upload did (the page came back with it): said once; after a removal, the way to
	// choose a photo again has the focus.
	const outcome = document.querySelector<HTMLElement>(`[${plainData.photoOutcome}]`);
	if (outcome) {
		announce(outcome.textContent?.trim() ?? '');
		if (outcome.getAttribute(plainData.photoOutcome) === 'removed' && input instanceof HTMLInputElement) input.focus();
	}
	return drawPhonePhotos();
}
