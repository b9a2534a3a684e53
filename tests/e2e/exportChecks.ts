// Shared checks for exported images: decode a PNG in the page and measure how much of a horizontal band is inked.
import type { Page } from '@playwright/test';

/** Share of pixels in the band (fractions of the image height) darker than `threshold` in any channel. */
export async function inkShare(page: Page, png: Buffer, band: { top: number; height: number }, threshold = 240): Promise<number> {
	return page.evaluate(
		async ({ b64, band, threshold }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, Math.floor(img.height * band.top), img.width, Math.floor(img.height * band.height)).data;
			let n = 0;
			for (let i = 0; i < d.length; i += 4) if (d[i]! < threshold || d[i + 1]! < threshold || d[i + 2]! < threshold) n++;
			return n / (d.length / 4);
		},
		{ b64: png.toString('base64'), band, threshold }
	);
}
