// The scatter page's view state ⇄ URL (?niva=&x=&arx=&y=&ary=&grupp=): each parameter is valid, or reported and
// replaced by a default; serialise is canonical (fixed order, every choice named so a link keeps its meaning).
import type { Level } from '$lib/types/dataset';
import { nameIssues, type ParamIssue } from './paramIssues.ts';

/** Levels the scatter offers (an indicator appears at those where it has values). */
export const SCATTER_LEVELS: Level[] = ['stadsdelsomrade', 'stadsdelsomrade2007', 'stadsdel', 'regso', 'deso'];

export interface SambandState {
	level: Level;
	x: string;
	yearX: number;
	y: string;
	yearY: number;
	grouping: string | null;
}

export interface SambandOptions {
	/** Years with values, per level (an indicator carried to a level may not have every year there). */
	indicators: { id: string; levels: Level[]; yearsByLevel: Partial<Record<Level, number[]>> }[];
	groupings: string[];
	defaults: SambandState;
}

export type SambandIssue = ParamIssue;

export const SAMBAND_PARAMS = { level: 'niva', x: 'x', yearX: 'arx', y: 'y', yearY: 'ary', grouping: 'grupp' } as const;
const ID = /^[a-z0-9_:]{1,120}$/;

const latest = (years: number[]) => Math.max(...years);

export function parseSamband(params: URLSearchParams, o: SambandOptions): { state: SambandState; issues: SambandIssue[] } {
	const issues = nameIssues(params, Object.values(SAMBAND_PARAMS));
	const s: SambandState = { ...o.defaults };
	const ind = (param: string, fallback: string) => {
		const v = params.get(param);
		if (v === null) return o.indicators.find((i) => i.id === fallback)!;
		const found = ID.test(v) ? o.indicators.find((i) => i.id === v) : undefined;
		if (!found) issues.push({ param, reason: ID.test(v) ? 'unknown' : 'malformed' });
		return found ?? o.indicators.find((i) => i.id === fallback)!;
	};
	const x = ind(SAMBAND_PARAMS.x, o.defaults.x);
	const y = ind(SAMBAND_PARAMS.y, o.defaults.y);
	s.x = x.id;
	s.y = y.id;
	const common = x.levels.filter((l) => y.levels.includes(l));
	const lv = params.get(SAMBAND_PARAMS.level);
	if (lv !== null && !common.includes(lv as Level)) issues.push({ param: SAMBAND_PARAMS.level, reason: ID.test(lv) ? 'unavailable' : 'malformed' });
	s.level = lv !== null && common.includes(lv as Level) ? (lv as Level) : common.includes(o.defaults.level) ? o.defaults.level : (common[0] ?? o.defaults.level);
	const year = (param: string, years: number[], fallback: number) => {
		const v = params.get(param);
		if (v === null) return years.includes(fallback) ? fallback : latest(years);
		const n = /^\d{4}$/.test(v) ? Number(v) : NaN;
		if (!years.includes(n)) issues.push({ param, reason: Number.isNaN(n) ? 'malformed' : 'unavailable' });
		return years.includes(n) ? n : years.includes(fallback) ? fallback : latest(years);
	};
	const xYears = x.yearsByLevel[s.level] ?? [];
	const yYears = y.yearsByLevel[s.level] ?? [];
	s.yearX = year(SAMBAND_PARAMS.yearX, xYears, o.defaults.yearX);
	s.yearY = year(SAMBAND_PARAMS.yearY, yYears, yYears.includes(s.yearX) ? s.yearX : o.defaults.yearY);
	const g = params.get(SAMBAND_PARAMS.grouping);
	if (g !== null) {
		if (g === '') s.grouping = null;
		else if (o.groupings.includes(g)) s.grouping = g;
		else issues.push({ param: SAMBAND_PARAMS.grouping, reason: ID.test(g) ? 'unknown' : 'malformed' });
	}
	return { state: s, issues };
}

export function serialiseSamband(s: SambandState): string {
	const p = new URLSearchParams();
	p.set(SAMBAND_PARAMS.level, s.level);
	p.set(SAMBAND_PARAMS.x, s.x);
	p.set(SAMBAND_PARAMS.yearX, String(s.yearX));
	p.set(SAMBAND_PARAMS.y, s.y);
	p.set(SAMBAND_PARAMS.yearY, String(s.yearY));
	p.set(SAMBAND_PARAMS.grouping, s.grouping ?? '');
	return p.toString().replaceAll('%3A', ':');
}
