import { describe, expect, it } from 'vitest';
import { aboutLink } from './aboutLink.ts';

const none = () => null;
const own = (id: string) => (id.startsWith('egen_') ? 'syntetisk.csv' : null);

describe('aboutLink', () => {
	it("links one indicator to its entry on the data page, several to the page, the user's own data nowhere", () => {
		expect(aboutLink(['utrikes_fodda_andel'], none, false)).toEqual({ href: '/kallor#utrikes_fodda_andel', label: 'Om uppgifterna: källa, filer och förbehåll' });
		expect(aboutLink(['utrikes_fodda_andel', 'egen_syntetisk'], own, false)?.href).toBe('/kallor#utrikes_fodda_andel');
		expect(aboutLink(['utrikes_fodda_andel', 'folkmangd', 'utrikes_fodda_andel'], none, false)?.href).toBe('/kallor');
		expect(aboutLink(['egen_syntetisk'], own, false)).toBeNull();
	});
	it('opens in the whole window from an embed', () => {
		expect(aboutLink(['folkmangd'], none, true)?.target).toBe('_top');
		expect(aboutLink(['folkmangd'], none, false)).not.toHaveProperty('target');
	});
});
