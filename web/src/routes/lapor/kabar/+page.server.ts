import { loadStep, stepAction } from '../filing.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, setHeaders }) => loadStep('kabar', locals, url, setHeaders);

export const actions: Actions = { default: stepAction('kabar') };
