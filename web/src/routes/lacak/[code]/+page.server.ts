// One complaint's tracking page. The reporter's PIN comes from the cookie set when filing or
// looking it up (or the owning account is signed in); the server decides what the viewer may see
// and do. The reporter's actions (reply, rate, reopen, close, their contact details and who may
// read the complaint) and following are form actions, so they work without JavaScript.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formText } from '$lib/form-data';
import { execute, executeOrRefuse, graphql, type FieldError } from '$lib/graphql';
import { t } from '$lib/i18n';
import { markPublicView } from '$lib/pwa/shell.server';
import { getAccessSecret } from '$lib/server/access-cookie';
import { normaliseTrackingCode } from '$lib/tracking-code';
import type { Actions, PageServerLoad } from './$types';

const Track = graphql(/* GraphQL */ `
	query TrackComplaint($trackingCode: String!, $accessSecret: String) {
		complaint(trackingCode: $trackingCode, accessSecret: $accessSecret) {
			trackingCode kind kindLabel title story storyState status statusLabel holder privacy showReporterName isPublic loosenedShows isSandbox
			submittedAt incidentDate landmark reporterName reporterPhone reporterEmail rating ratingComment
			verifyDueAt viewerIsReporter isFollowing viewerFollowsByDefault sahabatAccess mergedIntoCode
			supportCount viewerSupports supportRefusal
			identityReveals { id revealedAt reason }
			deadline { dueAt kind isOverdue isPaused label }
			availableActions { action }
			district { name }
			village { name }
			category { name }
			agency { name }
			timeline { id type summary statusLabel actorLabel note createdAt }
			photos { id description url thumbnailUrl thumbnailWidth thumbnailHeight }
		}
	}
`);

type Payload = { errors: FieldError[] };

const Reply = graphql(/* GraphQL */ `
	mutation ReplyToComplaint($trackingCode: String!, $accessSecret: String, $body: String, $clientRequestId: String) {
		replyToComplaint(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, body: $body, clientRequestId: $clientRequestId }) {
			errors { field code message }
		}
	}
`);

const Rate = graphql(/* GraphQL */ `
	mutation RateComplaint($trackingCode: String!, $accessSecret: String, $rating: Int, $comment: String) {
		rateComplaint(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, rating: $rating, comment: $comment }) {
			errors { field code message }
		}
	}
`);

const Act = graphql(/* GraphQL */ `
	mutation ReporterAct($trackingCode: String!, $accessSecret: String, $action: ComplaintAction!, $note: String) {
		actOnComplaint(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, action: $action, note: $note }) {
			errors { field code message }
		}
	}
`);

const UpdateContact = graphql(/* GraphQL */ `
	mutation UpdateReporterContact($trackingCode: String!, $accessSecret: String, $phone: String, $email: String) {
		updateReporterContact(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, phone: $phone, email: $email }) {
			errors { field code message }
		}
	}
`);

const ChangePrivacy = graphql(/* GraphQL */ `
	mutation ChangeOwnPrivacy($trackingCode: String!, $accessSecret: String, $privacy: String, $showReporterName: Boolean) {
		changeOwnPrivacy(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, privacy: $privacy, showReporterName: $showReporterName }) {
			errors { field code message }
		}
	}
`);

const Follow = graphql(/* GraphQL */ `
	mutation FollowComplaint($trackingCode: String!, $accessSecret: String, $contact: String) {
		followComplaint(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, contact: $contact }) {
			errors { field code message }
		}
	}
`);
const Unfollow = graphql(/* GraphQL */ `
	mutation UnfollowComplaint($trackingCode: String!, $accessSecret: String, $contact: String) {
		unfollowComplaint(input: { trackingCode: $trackingCode, accessSecret: $accessSecret, contact: $contact }) {
			errors { field code message }
		}
	}
`);

const WithdrawSahabat = graphql(/* GraphQL */ `
	mutation WithdrawSahabatAccess($trackingCode: String!, $accessSecret: String) {
		withdrawSahabatAccess(input: { trackingCode: $trackingCode, accessSecret: $accessSecret }) {
			errors { field code message }
		}
	}
`);

const Support = graphql(/* GraphQL */ `
	mutation SupportComplaint($trackingCode: String!, $follow: Boolean) {
		supportComplaint(input: { trackingCode: $trackingCode, follow: $follow }) {
			errors { field code message }
		}
	}
`);

/** Success notices after an action (redirect-after-post): ?selesai=<one of these>. */
const doneNotices = ['reply', 'rate', 'reopen', 'close', 'resume', 'contact', 'privacy', 'follow', 'unfollow', 'withdraw', 'support'] as const;
type Done = (typeof doneNotices)[number];

// A plain page: rendered whole, no SvelteKit client ($lib/plain/routes.ts); its forms post, and the
// plain script follows its news live.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals, cookies, setHeaders, parent }) => {
	const trackingCode = normaliseTrackingCode(params.code);
	if (trackingCode !== params.code) {
		redirect(308, `/lacak/${encodeURIComponent(trackingCode)}${url.search}`);
	}
	const accessSecret = getAccessSecret(cookies, trackingCode) ?? null;
	const { complaint } = await execute(locals, Track, { trackingCode, accessSecret });
	if (!complaint) {
		// The same page whether the code does not exist or may not be seen (a confidential complaint).
		error(404, { message: t(locals.locale, 'error.complaintNotFound.text'), code: 'complaint_not_found' });
	}
	// The page can show the PIN and a confidential story: never keep it in a shared cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	// The public view (no PIN, nobody signed in) is the only one the phone's service worker may
	// keep for offline reading; a page shown with the PIN or to an account never carries the mark.
	const { viewer } = await parent();
	if (accessSecret === null && !viewer) markPublicView(setHeaders);
	const isNew = url.searchParams.get('baru') === '1';
	const done = url.searchParams.get('selesai');
	return {
		complaint,
		isNew,
		accessSecret: isNew ? accessSecret : null,
		/** The viewer holds the PIN in a cookie, so forms need not ask for it. */
		hasSecret: accessSecret !== null,
		done: (doneNotices as readonly string[]).includes(done ?? '') ? (done as Done) : null,
		/** ?cabut=1: asks "withdraw the sahabat's access?" before the button that does it (no JavaScript needed). */
		confirmWithdraw: url.searchParams.get('cabut') === '1',
		overdueSince: complaint.deadline?.isOverdue ? complaint.deadline.dueAt : null,
		/** The reply form's request id: posted twice (a double tap, a retry), the reply is stored once. */
		replyRequestId: crypto.randomUUID()
	};
};

/** Field names of the API mapped to this page's field ids (several forms share one page). */
const fieldIds: Record<string, Record<string, string>> = {
	reply: { body: 'replyBody' },
	rate: { rating: 'rating', comment: 'ratingComment' },
	reopen: { note: 'reopenNote' },
	close: {},
	resume: {},
	withdraw: {},
	contact: { phone: 'contactPhone', email: 'contactEmail' },
	privacy: { privacy: 'privacyChoice', showReporterName: 'showReporterName' },
	follow: { contact: 'followContact', accessSecret: 'followSecret' },
	// "Saya juga mengalami" with an account: a button and a checkbox; a refusal belongs to the button.
	support: { support: 'supportButton' },
	unfollow: { contact: 'followContact', accessSecret: 'followSecret' }
};

function failed(form: keyof typeof fieldIds, values: Record<string, string>, errors: FieldError[], status = 400) {
	const ids = fieldIds[form]!;
	return fail(status, {
		form,
		values,
		errors: errors.map((e) => ({ ...e, field: ids[e.field] ?? '' }))
	});
}

/** Too many wrong PINs: said at the PIN field, in words, with what was typed kept. */
function refused(form: 'follow' | 'unfollow', values: Record<string, string>, message: string) {
	return failed(form, values, [{ field: 'accessSecret', code: 'RATE_LIMITED', message }], 429);
}

async function read(event: RequestEvent) {
	const trackingCode = normaliseTrackingCode(event.params['code'] ?? '');
	const form = await event.request.formData();
	const text = formText(form);
	const accessSecret = getAccessSecret(event.cookies, trackingCode) ?? null;
	const done = (what: Done) => redirect(303, `/lacak/${encodeURIComponent(trackingCode)}?selesai=${what}#selesai`);
	return { trackingCode, accessSecret, text, done };
}

export const actions: Actions = {
	reply: async (event) => {
		const { trackingCode, accessSecret, text, done } = await read(event);
		const values = { replyBody: text('replyBody') };
		const requestId = text('clientRequestId');
		const { replyToComplaint } = await execute(event.locals, Reply, {
			trackingCode,
			accessSecret,
			body: values.replyBody,
			clientRequestId: requestId && requestId.length <= 100 ? requestId : null
		});
		if (replyToComplaint.errors.length > 0) return failed('reply', values, replyToComplaint.errors);
		done('reply');
	},
	rate: async (event) => {
		const { trackingCode, accessSecret, text, done } = await read(event);
		const values = { rating: text('rating'), ratingComment: text('ratingComment') };
		const rating = /^[1-5]$/.test(values.rating) ? Number(values.rating) : null;
		const { rateComplaint } = await execute(event.locals, Rate, {
			trackingCode,
			accessSecret,
			rating,
			comment: values.ratingComment
		});
		if (rateComplaint.errors.length > 0) return failed('rate', values, rateComplaint.errors);
		done('rate');
	},
	reopen: async (event) => {
		const { trackingCode, accessSecret, text, done } = await read(event);
		const values = { reopenNote: text('reopenNote') };
		const { actOnComplaint } = await execute(event.locals, Act, { trackingCode, accessSecret, action: 'reopen', note: values.reopenNote });
		if (actOnComplaint.errors.length > 0) return failed('reopen', values, actOnComplaint.errors);
		done('reopen');
	},
	close: async (event) => {
		const { trackingCode, accessSecret, done } = await read(event);
		const { actOnComplaint } = await execute(event.locals, Act, { trackingCode, accessSecret, action: 'close', note: null });
		if (actOnComplaint.errors.length > 0) return failed('close', {}, actOnComplaint.errors);
		done('close');
	},
	resume: async (event) => {
		const { trackingCode, accessSecret, done } = await read(event);
		const { actOnComplaint } = await execute(event.locals, Act, { trackingCode, accessSecret, action: 'resume', note: null });
		if (actOnComplaint.errors.length > 0) return failed('resume', {}, actOnComplaint.errors);
		done('resume');
	},
	contact: async (event) => {
		const { trackingCode, accessSecret, text, done } = await read(event);
		const values = { contactPhone: text('contactPhone'), contactEmail: text('contactEmail') };
		const { updateReporterContact } = await execute(event.locals, UpdateContact, {
			trackingCode,
			accessSecret,
			phone: values.contactPhone,
			email: values.contactEmail
		});
		if (updateReporterContact.errors.length > 0) return failed('contact', values, updateReporterContact.errors);
		done('contact');
	},
	privacy: async (event) => {
		const { trackingCode, accessSecret, text, done } = await read(event);
		const values = { privacy: text('privacy'), showReporterName: text('showReporterName') };
		const vars = { trackingCode, accessSecret, privacy: values.privacy, showReporterName: values.showReporterName === 'true' };
		// Changed by someone else meanwhile (a verifier made it stricter): said at the choice, nothing lost.
		const result = await executeOrRefuse(event.locals, ChangePrivacy, vars, ['FORBIDDEN']);
		if (result.refusal) return failed('privacy', values, [{ field: 'privacy', code: 'FORBIDDEN', message: result.refusal.message }], 409);
		const { changeOwnPrivacy } = result.data;
		if (changeOwnPrivacy.errors.length > 0) return failed('privacy', values, changeOwnPrivacy.errors);
		done('privacy');
	},
	withdrawSahabat: async (event) => {
		const { trackingCode, accessSecret, done } = await read(event);
		const { withdrawSahabatAccess } = await execute(event.locals, WithdrawSahabat, { trackingCode, accessSecret });
		if (withdrawSahabatAccess.errors.length > 0) return failed('withdraw', {}, withdrawSahabatAccess.errors);
		done('withdraw');
	},
	// "Saya juga mengalami" with an account, from this page or from /lacak/<kode>/dukung.
	support: async (event) => {
		const { trackingCode, text, done } = await read(event);
		const values = { supportFollow: text('supportFollow') };
		const result = await executeOrRefuse(event.locals, Support, { trackingCode, follow: values.supportFollow === 'true' }, ['RATE_LIMITED', 'FORBIDDEN']);
		if (result.refusal) return failed('support', values, [{ field: 'support', code: 'FORBIDDEN', message: result.refusal.message }], 403);
		if (result.data.supportComplaint.errors.length > 0) return failed('support', values, result.data.supportComplaint.errors);
		done('support');
	},
	follow: (event) => follow(event, 'follow'),
	unfollow: (event) => follow(event, 'unfollow')
};

async function follow(event: RequestEvent, what: 'follow' | 'unfollow') {
	const { trackingCode, accessSecret: cookieSecret, text, done } = await read(event);
	const values = { followContact: text('followContact'), followSecret: text('followSecret') };
	// A signed-in follower is the account; the service ignores the contact then.
	const vars = {
		trackingCode,
		accessSecret: values.followSecret.trim() || cookieSecret,
		contact: values.followContact
	};
	let payload: Payload;
	if (what === 'follow') {
		const result = await executeOrRefuse(event.locals, Follow, vars);
		if (result.refusal) return refused(what, values, result.refusal.message);
		payload = result.data.followComplaint;
	} else {
		const result = await executeOrRefuse(event.locals, Unfollow, vars);
		if (result.refusal) return refused(what, values, result.refusal.message);
		payload = result.data.unfollowComplaint;
	}
	if (payload.errors.length > 0) return failed(what, values, payload.errors);
	done(what);
}
