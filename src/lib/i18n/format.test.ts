import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatSignedNumber, formatValue } from './format.ts';

describe('format', () => {
	it('uses a decimal comma and a space as thousands separator in Swedish', () => {
		expect(formatValue(23.456, 'percent', 'sv', 1)).toBe('23,5\u00a0%');
		expect(formatNumber(999286, 'sv')).toBe('999\u00a0286');
	});
	it('uses a point and comma grouping in English', () => {
		expect(formatValue(23.456, 'percent', 'en', 1)).toBe('23.5%');
		expect(formatNumber(999286, 'en')).toBe('999,286');
	});
	it('says a missing value is missing instead of showing zero', () => {
		expect(formatValue(null, 'percent', 'sv')).toBe('uppgift saknas');
		expect(formatValue(Number.NaN, 'persons', 'en')).toBe('no data');
	});
	it('shows a mean of categories with a decimal, a category itself as a whole number', () => {
		// Områdestyp over Rinkeby-Kista: the population-weighted mean of RegSO types 2, 1, 3, 1 is 1.7187.
		expect(formatValue(1.7187, 'category', 'sv', 0)).toBe('1,7');
		expect(formatValue(2, 'category', 'sv', 0)).toBe('2');
		expect(formatValue(1.7187, 'percent', 'sv', 0)).toBe('2\u00a0%');
	});
	it('never writes a minus sign before a value that rounds to zero', () => {
		expect(formatValue(-0.04, 'percent', 'en', 1)).toBe('0.0%');
		expect(formatValue(-0.04, 'percent', 'sv', 1)).toBe('0,0\u00a0%');
		expect(formatValue(-0.06, 'percent', 'sv', 1)).toBe('\u22120,1\u00a0%');
	});
	it('writes a gap with its sign, and one that rounds to zero without', () => {
		expect(formatSignedNumber(1.23, 'sv', 1)).toBe('+1,2');
		expect(formatSignedNumber(-1.23, 'sv', 1)).toBe('\u22121,2');
		expect(formatSignedNumber(-1.23, 'en', 1)).toBe('-1.2');
		expect(formatSignedNumber(0.04, 'sv', 1)).toBe('0,0');
		expect(formatSignedNumber(-0.04, 'en', 1)).toBe('0.0');
		expect(formatSignedNumber(0.4, 'en', 0)).toBe('0');
		expect(formatSignedNumber(null, 'sv', 1)).toBe('uppgift saknas');
	});
	it('formats dates in the Stockholm time zone', () => {
		expect(formatDate('2026-11-28T23:30:00Z', 'sv')).toBe('29 november 2026');
		expect(formatDate('2026-11-28T23:30:00Z', 'en')).toBe('29 November 2026');
	});
});
