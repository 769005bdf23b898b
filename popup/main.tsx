import { render } from 'preact';
import { App } from './App';
import { createBrowserClient } from './client';
import './popup.css';

// startedAt 0 = the page's time origin, so data-ready-ms counts from the moment the popup began loading.
render(<App client={createBrowserClient()} startedAt={0} />, document.getElementById('app')!);
