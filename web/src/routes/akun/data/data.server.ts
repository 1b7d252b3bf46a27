// The signed-in person's data as the API gives it (myData): one JSON document, read by the page
// (/akun/data) and sent as the download (/akun/data.json).
import { redirect } from '@sveltejs/kit';
import { execute, graphql } from '$lib/graphql';

const MyData = graphql(/* GraphQL */ `query MyData { viewer { id } myData }`);

/** The document, or a redirect to signing in first (back to `returnTo`). */
export async function loadMyData(locals: App.Locals, returnTo: string): Promise<string> {
	const result = await execute(locals, graphql(/* GraphQL */ `query DataViewer { viewer { id } }`));
	if (!result.viewer) redirect(303, `/masuk?returnTo=${encodeURIComponent(returnTo)}`);
	const { myData } = await execute(locals, MyData);
	if (myData == null) redirect(303, `/masuk?returnTo=${encodeURIComponent(returnTo)}`);
	return myData;
}
