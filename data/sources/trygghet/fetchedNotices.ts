// Polisen's events fetched by `npm run data:fetch` (data/fetched/polisen_events), merged with the mirror's notices
// by id: an id the mirror has keeps the mirror's row (it also has the archived page text); a new id of Stockholm
// kommun and of a type the trygghet page selects becomes a NoticeRow, its areas found by name in its title and
// summary (as the mirror derived them from its texts).
import type { NoticeRow } from '../../../src/lib/types/trygghet.ts';
import { inStockholmKommun, type StoredEvent } from '../../fetch/polisen/events.ts';
import { readPolisenFolder } from '../../fetch/polisen/run.ts';
import { SDO_2007, type StadsdelIndex } from './areas.ts';
import { isNoticeType, namesInText, noticeRow } from './notices.ts';

export interface FetchedNotices {
	rows: NoticeRow[];
	warnings: string[];
	/** The last run's time, and how many rows the fetched events added to the mirror's. */
	lastRetrievedAt: string | null;
	firstAdded: string | null;
	inputs: string[];
}

export function mergeFetchedNotices(mirror: readonly NoticeRow[], events: readonly StoredEvent[], stadsdelar: StadsdelIndex, where: string): { rows: NoticeRow[]; added: NoticeRow[]; warnings: string[] } {
	const seen = new Set(mirror.map((r) => r.id));
	const warnings: string[] = [];
	const added: NoticeRow[] = [];
	const stadsdelNames = [...stadsdelar.names.values()];
	for (const { event: e } of events) {
		const id = String(e.id);
		if (seen.has(id) || !inStockholmKommun(e) || !isNoticeType(e.type)) continue;
		seen.add(id);
		const text = `${e.name}\n${e.summary}`;
		const row = noticeRow(
			{
				id,
				datetime: e.datetime,
				name: e.name,
				summary: e.summary,
				url: new URL(e.url, 'https://polisen.se').href,
				type: e.type,
				stadsdelar: namesInText(e.summary, stadsdelNames),
				stadsdelsomraden: namesInText(e.summary, SDO_2007),
				body: text
			},
			stadsdelar,
			`${where}: event ${id}`,
			warnings
		);
		if (row) added.push(row);
	}
	return { rows: [...mirror, ...added], added, warnings };
}

/** The fetched folder merged into the mirror's rows; null when nothing was fetched. */
export function loadFetchedNotices(dir: string, mirror: readonly NoticeRow[], stadsdelar: StadsdelIndex): FetchedNotices | null {
	const folder = readPolisenFolder(dir);
	if (!folder) return null;
	const merged = mergeFetchedNotices(mirror, folder.events, stadsdelar, `${dir}/events.json`);
	const runs = folder.manifest.runs;
	return {
		rows: merged.rows,
		warnings: merged.warnings,
		lastRetrievedAt: runs.at(-1)?.retrievedAt ?? null,
		firstAdded: merged.added.map((r) => r.date ?? r.publishedAt.slice(0, 10)).sort()[0] ?? null,
		inputs: ['polisen_events/events.json']
	};
}
