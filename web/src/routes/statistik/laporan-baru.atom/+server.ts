// An Atom feed (RFC 4287) of new public complaints, for all of the kabupaten or one kecamatan
// (?kecamatan=) and one category (?kategori=): what the privacy rules make public and nothing
// else (the API's publicComplaintFeed), in its public text (the verifier's redacted version
// where there is one), each entry linking to the complaint's tracking page.
import { execute, graphql } from '$lib/graphql';
import { t } from '$lib/i18n';
import type { RequestHandler } from './$types';

const Feed = graphql(/* GraphQL */ `
	query PublicComplaintFeed($districtCode: String, $categoryId: ID) {
		publicComplaintFeed(districtCode: $districtCode, categoryId: $categoryId, first: 30) {
			trackingCode kindLabel title story categoryName districtName villageName publishedAt
		}
		categories { id name }
	}
`);

// Characters XML 1.0 cannot carry are dropped; the rest of the markup is escaped.
const escape = (text: string) =>
	// eslint-disable-next-line no-control-regex
	text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const GET: RequestHandler = async ({ locals, url }) => {
	const text = (name: string) => url.searchParams.get(name)?.trim().slice(0, 60) || null;
	const districtCode = text('kecamatan');
	const categoryId = text('kategori');
	const { publicComplaintFeed: entries, categories } = await execute(locals, Feed, { districtCode, categoryId });
	const origin = url.origin;
	const self = `${origin}${url.pathname}${url.search}`;
	const category = categoryId ? categories.find((c) => c.id === categoryId)?.name : undefined;
	const district = districtCode && entries[0]?.districtName;
	const scope = [category, district].filter(Boolean).join(', ');
	const title = scope ? t(locals, 'stats.feed.titleScope', { scope }) : t(locals, 'stats.feed.title');
	// A feed's id stays the same for the same filter; entries are named by their tracking code.
	const host = url.hostname;
	const feedId = `tag:${host},2026:laporan-baru${districtCode ? `:${districtCode}` : ''}${categoryId ? `:${categoryId}` : ''}`;
	const updated = entries[0]?.publishedAt ?? new Date(0).toISOString();
	const xml = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locals.locale}">`,
		`<id>${escape(feedId)}</id>`,
		`<title>${escape(title)}</title>`,
		`<updated>${updated}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escape(`${origin}/statistik`)}"/>`,
		'<author><name>Suara</name></author>',
		...entries.map((e) => {
			const place = e.villageName ? `${e.villageName}, ${e.districtName}` : e.districtName;
			return [
				'<entry>',
				`<id>tag:${escape(host)},2026:laporan:${escape(e.trackingCode)}</id>`,
				`<title>${escape(e.title)}</title>`,
				`<link rel="alternate" type="text/html" href="${escape(`${origin}/lacak/${e.trackingCode}`)}"/>`,
				`<published>${e.publishedAt}</published>`,
				`<updated>${e.publishedAt}</updated>`,
				e.categoryName ? `<category term="${escape(e.categoryName)}"/>` : '',
				`<summary>${escape(t(locals, 'stats.feed.entry', { kind: e.kindLabel, place, code: e.trackingCode }))}</summary>`,
				`<content type="text">${escape(e.story)}</content>`,
				'</entry>'
			].join('');
		}),
		'</feed>',
		''
	].join('\n');
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
