import { render } from 'preact';
import { App } from './App';
import type { ParallaxClient } from './client';
import type { Opening } from './opening';

// startedAt 0 = the page's time origin, so data-ready-ms counts from the moment the popup began loading.
export function mount(client: ParallaxClient, opening: Opening, root: HTMLElement): void {
  render(<App client={client} opening={opening} startedAt={0} />, root);
}
