// Photos made smaller on the phone before they travel: the long side at most 1600 px, encoded as
// WebP (or JPEG where the browser cannot write WebP). Loaded only on the photo step, when the
// resident uploads. Re-encoding also leaves the camera's metadata behind.

export const LONG_SIDE = 1600;
const QUALITY = 0.82;

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
	return new Promise((resolve) => canvas.toBlob(resolve, type, QUALITY));
}

/** The photo to upload: smaller if it could be decoded here, otherwise the file as chosen (the
 * server then checks it and explains, e.g. for HEIC). */
export async function shrinkPhoto(file: File): Promise<{ blob: Blob; name: string }> {
	if (typeof createImageBitmap !== 'function') return { blob: file, name: file.name };
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		return { blob: file, name: file.name };
	}
	const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
	const width = Math.max(1, Math.round(bitmap.width * scale));
	const height = Math.max(1, Math.round(bitmap.height * scale));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) {
		bitmap.close();
		return { blob: file, name: file.name };
	}
	context.drawImage(bitmap, 0, 0, width, height);
	bitmap.close();
	let blob = await toBlob(canvas, 'image/webp');
	// Browsers that cannot write WebP hand back a PNG instead: JPEG is smaller for photos.
	if (!blob || blob.type !== 'image/webp') blob = await toBlob(canvas, 'image/jpeg');
	if (!blob) return { blob: file, name: file.name };
	// A small photo that grew when re-encoded goes as it was (if it is a kind the server takes).
	if (scale === 1 && blob.size >= file.size && /^image\/(jpeg|png|webp)$/.test(file.type)) {
		return { blob: file, name: file.name };
	}
	const base = file.name.replace(/\.[^.]*$/, '') || 'foto';
	return { blob, name: `${base}.${blob.type === 'image/webp' ? 'webp' : 'jpg'}` };
}
