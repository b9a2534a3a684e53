// A 0–1 share written as a rounded percentage ("about" is implied by the sampling; shares under 1 % are not listed).
import { formatNumber } from '$lib/i18n/format';
import { locale } from '$lib/i18n/labels';

export function shareText(share: number): string {
	return `${formatNumber(Math.round(share * 100), locale())}\u00a0%`;
}
