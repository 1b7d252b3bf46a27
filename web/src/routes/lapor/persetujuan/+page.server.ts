// The consent step of "Lapor untuk warga": everything that will be sent and who will see it, for
// the sahabat to read back to the resident, then how the resident agreed. Only in an assisted
// draft (loadStep sends anyone else on to the check-answers page).
import { answerNames, answerReference, loadStep, stepAction } from '../filing.server';
import { loadPrivacyPreview } from '../privacy-preview.server';
import { photoLimits, uploadOutcome } from '../upload-outcome';
import type { Actions, PageServerLoad } from './$types';

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const step = await loadStep('persetujuan', locals, url, setHeaders);
	// Its shell, kept for offline use, reads the answers back from the phone: it carries the names.
	const reference = step.shell ? await answerReference(locals) : null;
	const [names, preview] = await Promise.all([answerNames(locals, step.values, reference ?? undefined), loadPrivacyPreview(locals)]);
	// The slip's photo uploaded without JavaScript comes back here with its outcome in the address.
	return {
		...step,
		names,
		reference,
		preview,
		limits: photoLimits,
		outcome: uploadOutcome(url),
		slipUnsent: url.searchParams.get('galat') === slipUnsent
	};
};

/** Sent on with a slip photo chosen and not uploaded (no JavaScript): shown again, asking for it. */
const slipUnsent = 'foto-slip-belum-diunggah';
const slipChosen = (form: FormData) => {
	const file = form.get('foto');
	return file instanceof File && file.size > 0;
};

export const actions: Actions = { default: stepAction('persetujuan', { when: slipChosen, search: `galat=${slipUnsent}`, fragment: 'slip' }) };
