// Merges new UI strings into messages/sv.json and messages/en.json (sorted as added, existing keys kept unless
// --replace). Usage: node scripts/add-messages.mjs new-strings.json  where the file is {"sv": {...}, "en": {...}}.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const [file, flag] = process.argv.slice(2);
if (!file) {
	console.error('usage: node scripts/add-messages.mjs <file with {"sv": {...}, "en": {...}}> [--replace]');
	process.exit(2);
}
const add = JSON.parse(readFileSync(file, 'utf8'));
const sv = Object.keys(add.sv ?? {});
const en = Object.keys(add.en ?? {});
const missing = [...sv.filter((k) => !en.includes(k)), ...en.filter((k) => !sv.includes(k))];
if (missing.length) {
	console.error(`every key needs both languages; missing a translation for: ${missing.join(', ')}`);
	process.exit(1);
}
for (const locale of ['sv', 'en']) {
	const path = `messages/${locale}.json`;
	const current = JSON.parse(readFileSync(path, 'utf8'));
	for (const [k, v] of Object.entries(add[locale] ?? {})) {
		if (k in current && current[k] !== v && flag !== '--replace') console.error(`kept existing ${locale}.${k}`);
		else current[k] = v;
	}
	writeFileSync(`${path}.tmp`, JSON.stringify(current, null, '\t') + '\n');
	renameSync(`${path}.tmp`, path);
}
console.error(`added ${sv.length} keys`);
