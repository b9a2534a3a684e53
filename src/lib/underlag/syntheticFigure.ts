// A synthetic figure for the Underlag's unit tests (no real source's numbers).
import type { UnderlagFigure } from './types.ts';

export function syntheticFigure(over: Partial<UnderlagFigure> = {}): UnderlagFigure {
	return {
		id: 'f1',
		addedAt: '2026-12-04T10:00:00Z',
		title: 'Syntetisk indikator',
		subtitle: '2024 – Stadsdelsområde',
		source: 'Källa: Syntetisk källa, tabell T1 (CC0). Bearbetning: Stadsdelskollen.',
		dated: 'Data byggda 29 november 2026',
		permalink: 'http://127.0.0.1/?indikator=x',
		alt: 'Karta: Syntetisk indikator. Högst i A.',
		definition: 'Definition: en syntetisk andel.',
		notes: [],
		ownDataNote: '',
		table: {
			columns: [
				{ key: 'name', label: 'Område' },
				{ key: 'year', label: 'År' },
				{ key: 'value', label: 'Värde (%)' }
			],
			rows: [
				{ name: 'A', year: 2024, value: 12.5 },
				{ name: 'B', year: 2024, value: 1234.75 },
				{ name: 'C', year: 2024, value: null }
			]
		},
		svg: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"></svg>',
		width: 800,
		height: 600,
		note: '',
		...over
	};
}
