// Client island for the script-free area pages: completes the page's address to a full URL and mounts the visitor's
// own figures (from IndexedDB) into the #egen-data placeholder. Bundled on its own by the islands plugin in
// vite.config.ts; nothing else runs on the page.
import { mount } from 'svelte';
import { LEVELS, type Level } from '$lib/types/dataset';
import AreaOwnData from './AreaOwnData.svelte';
import { absolutiseAddress } from './absoluteAddress';

absolutiseAddress(document);

const target = document.getElementById('egen-data');
const level = target?.dataset.level ?? '';
const code = target?.dataset.code ?? '';
if (target && (LEVELS as readonly string[]).includes(level) && code)
	mount(AreaOwnData, { target, props: { level: level as Level, code, areaName: target.dataset.name ?? code } });
