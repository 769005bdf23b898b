import { createBrowserClient } from './client';
import { setStretch } from './i18n';
import { startOpening } from './opening';

// Long-string rehearsal (`popup.html?stretch=1.3`): every message 30% longer, as translations run.
const stretch = Number(new URLSearchParams(location.search).get('stretch'));
if (stretch > 1) setStretch(stretch);

// The article is asked for first, from this small chunk; the app (Preact and every component) loads
// meanwhile. A single static graph would run nothing until all of it had loaded and compiled.
const client = createBrowserClient();
const opening = startOpening(client);
void import('./mount').then(({ mount }) => mount(client, opening, document.getElementById('app')!));
