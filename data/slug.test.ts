import { describe, expect, it } from 'vitest';
import { slug } from './slug.ts';

describe('slug', () => {
	it('folds Swedish letters and joins words with hyphens', () => {
		expect(slug('Hägersten-Liljeholmen')).toBe('hagersten-liljeholmen');
		expect(slug('Inre staden')).toBe('inre-staden');
		expect(slug('Enskede-Årsta-Vantör')).toBe('enskede-arsta-vantor');
		expect(slug('Östermalm')).toBe('ostermalm');
		expect(slug('Älvsjö')).toBe('alvsjo');
	});
	it('trims and collapses punctuation', () => {
		expect(slug('  Spånga – Tensta (SDO) ')).toBe('spanga-tensta-sdo');
		expect(slug('Rinkeby-Kista')).toBe('rinkeby-kista');
	});
});
