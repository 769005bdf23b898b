import { render } from 'preact';
import { App } from './App';
import { createBrowserClient } from './client';
import { setStretch } from './i18n';
import './popup.css';

// Long-string rehearsal (`popup.html?stretch=1.3`): every message 30% longer, as translations run.
const stretch = Number(new URLSearchParams(location.search).get('stretch'));
if (stretch > 1) setStretch(stretch);

// startedAt 0 = the page's time origin, so data-ready-ms counts from the moment the popup began loading.
render(<App client={createBrowserClient()} startedAt={0} />, document.getElementById('app')!);
