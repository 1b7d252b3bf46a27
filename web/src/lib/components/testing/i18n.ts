// Test-only: the I18n a component would get from the layout, for building catalogue props.
import { createI18n, type I18n } from '$lib/i18n/context';
import type { Locale } from '$lib/i18n/core';
import { en } from '$lib/i18n/en';
import { id } from '$lib/i18n/id';

export function testI18n(locale: Locale = 'id'): I18n {
	return createI18n(() => ({ locale, messages: locale === 'en' ? en : id }));
}
