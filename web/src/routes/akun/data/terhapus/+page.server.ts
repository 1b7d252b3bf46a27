// "Data Anda sudah dihapus": the page after erasure reads the erasure's own messages.
import { scopedMessages } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ scopedMessages: scopedMessages(locals, ['erase']) });
