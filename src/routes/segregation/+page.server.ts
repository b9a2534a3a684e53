// Segregation indices: every value computed at build from the built counts.
import { segregationPage } from '$lib/ui/segregation/segregationPage.server';

export const load = async () => segregationPage();
