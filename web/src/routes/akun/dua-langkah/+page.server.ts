// "Verifikasi dua langkah": turning on an authenticator app (a QR code made on the server and the
// key as text in groups of four, then the app's first code), the ten recovery codes shown once,
// and, once on, new recovery codes or turning it off (each with the password and a code). Staff
// are sent here right after signing in until it is on (?kembali= is where they were going).
import { scopedMessages } from '$lib/i18n';
import { fail, redirect } from '@sveltejs/kit';
import { textOf } from '$lib/form-data';
import { execute, graphql } from '$lib/graphql';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const Status = graphql(/* GraphQL */ `
	query TwoStepStatus { viewer { id secondFactor { enrolled recoveryCodesLeft required rolesWithheld } } }
`);
const Start = graphql(/* GraphQL */ `
	mutation TwoStepStart { startSecondFactorEnrolment { groupedKey qrSvg errors { field code message } } }
`);
const Confirm = graphql(/* GraphQL */ `
	mutation TwoStepConfirm($input: SecondFactorCodeInput!) {
		confirmSecondFactorEnrolment(input: $input) { recoveryCodes errors { field code message } }
	}
`);
const Regenerate = graphql(/* GraphQL */ `
	mutation TwoStepRegenerate($input: SecondFactorPasswordInput!) {
		regenerateRecoveryCodes(input: $input) { recoveryCodes errors { field code message } }
	}
`);
const TurnOff = graphql(/* GraphQL */ `
	mutation TwoStepTurnOff($input: SecondFactorPasswordInput!) {
		turnOffSecondFactor(input: $input) { ok errors { field code message } }
	}
`);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { viewer } = await execute(locals, Status);
	if (!viewer?.secondFactor) redirect(303, `/masuk?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
	const status = viewer.secondFactor;
	let enrolment: { groupedKey: string; qrDataUri: string } | null = null;
	if (!status.enrolled) {
		const { startSecondFactorEnrolment: started } = await execute(locals, Start);
		if (started.groupedKey && started.qrSvg) {
			enrolment = {
				groupedKey: started.groupedKey,
				qrDataUri: `data:image/svg+xml;base64,${Buffer.from(started.qrSvg).toString('base64')}`
			};
		}
	}
	const left = url.searchParams.get('pemulihan');
	return {
		status,
		enrolment,
		kembali: safeReturnTo(url.searchParams.get('kembali'), '/akun'),
		recoveryUsedLeft: left !== null && /^\d+$/.test(left) ? Number(left) : null,
		turnedOff: url.searchParams.get('mati') === '1',
		scopedMessages: scopedMessages(locals, ['twoStep'])
	};
};

/** The two forms with a password share field names; their ids get a prefix on the page. */
const prefixed = (prefix: string, errors: { field: string; code: string; message: string }[]) =>
	errors.map((e) => ({ ...e, field: `${prefix}-${e.field}` }));

export const actions: Actions = {
	confirm: async ({ request, locals }) => {
		const form = await request.formData();
		const { confirmSecondFactorEnrolment: done } = await execute(locals, Confirm, { input: { code: textOf(form, 'authCode') } });
		if (done.errors.length > 0) return fail(400, { which: 'confirm' as const, errors: done.errors });
		// The form's own address has no ?kembali=: it travels as a hidden field.
		return { which: 'confirm' as const, recoveryCodes: done.recoveryCodes, kembali: safeReturnTo(form.get('kembali'), '/akun') };
	},
	regenerate: async ({ request, locals }) => {
		const form = await request.formData();
		const input = { password: textOf(form, 'regen-password'), code: textOf(form, 'regen-authCode') };
		const { regenerateRecoveryCodes: done } = await execute(locals, Regenerate, { input });
		if (done.errors.length > 0) return fail(400, { which: 'regenerate' as const, errors: prefixed('regen', done.errors) });
		return { which: 'regenerate' as const, recoveryCodes: done.recoveryCodes };
	},
	turnOff: async ({ request, locals }) => {
		const form = await request.formData();
		const input = { password: textOf(form, 'off-password'), code: textOf(form, 'off-authCode') };
		const { turnOffSecondFactor: done } = await execute(locals, TurnOff, { input });
		if (!done.ok) return fail(400, { which: 'turnOff' as const, errors: prefixed('off', done.errors) });
		redirect(303, '/akun/dua-langkah?mati=1');
	}
};
