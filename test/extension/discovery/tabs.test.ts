// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { createTabsProvider } from '../../../extension/discovery/tabs';
import { never, QUERY } from './helpers';

const tab = (url: string, title: string, outlet = 'Valley Tribune', paragraphs: string[] = []): Article => ({ url, title, outlet, publishedTime: null, paragraphs });

describe('tabs provider', () => {
  it('offers open tabs sharing the story, best overlap first, without the reader tab or own outlet', async () => {
    const tabs = [
      tab('https://www.valleytribune.example/ferry', 'Ferry strike latest', 'Valley Tribune', ['Crews in Port Aldwin stay out.']),
      tab('https://www.harbourcourier.example/full', 'Port Aldwin ferry strike: Mara Velden speaks', 'Harbour Courier', ['The Harbour Union said talks failed.']),
      tab('https://www.coastwatch.example/weather', 'Storm warning for the islands', 'Coastwatch'),
      tab('https://www.dailyexample.example/own', 'Port Aldwin ferry strike', 'Daily Example'),
      tab('https://www.northgateledger.example/reader', 'Port Aldwin ferry strike', 'Northgate Ledger'),
      tab('https://www.valleytribune.example/ferry#comments', 'Ferry strike latest', 'Valley Tribune', ['Crews in Port Aldwin stay out.']),
    ];
    const provider = createTabsProvider(() => tabs, 'https://www.northgateledger.example/reader?utm_source=x');
    const found = await provider.search(QUERY, never);
    expect(found.map((c) => c.url)).toEqual(['https://www.harbourcourier.example/full', 'https://www.valleytribune.example/ferry']);
    expect(found[0].article?.title).toBe('Port Aldwin ferry strike: Mara Velden speaks');
  });

  it('matches whole words only and ignores accents', async () => {
    const provider = createTabsProvider(() => [
      tab('https://a.example/1', 'Ferrymen strike', 'A'),
      tab('https://b.example/2', 'PORT ÁLDWIN FERRY news', 'B'),
    ]);
    expect((await provider.search(QUERY, never)).map((c) => c.url)).toEqual(['https://b.example/2']);
  });
});
