// Whether a failed request failed for want of a connection (not an answer from the server).
export function isNetworkFailure(error: unknown): boolean {
	if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
	return error instanceof TypeError;
}
