// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { clusterCandidates, parseCluster, parseTopStories, pickTopStory, TOP_STORY_MIN_SCORE } from '../../../extension/discovery/top-stories';
import { fixture } from './helpers';

/** The invented Port Aldwin ferry strike, as the reader reads it on the invented dailyexample.example. */
const READER: Article = {
  url: 'https://www.dailyexample.example/news/2026/03/11/port-aldwin-ferry-strike',
  title: 'Port Aldwin ferries halted as crews strike',
  outlet: 'Daily Example',
  publishedTime: '2026-03-11T08:10:00Z',
  paragraphs: [
    'Ferry crews in Port Aldwin walked out on Wednesday morning, halting every crossing to the islands as the Harbour Union began a 48-hour strike over pay.',
    'Transport minister Mara Velden called the strike regrettable and urged both sides back to talks.',
    'The Harbour Union said its members had not had a pay rise in three years.',
  ],
};

const link = (n: string) => `https://news.google.com/rss/articles/CBMi${n}?oc=5`;

describe('parseCluster', () => {
  it.each([
    [
      'Google’s shape',
      `<ol><li><a href="${link('A')}" target="_blank">First title</a>&nbsp;&nbsp;<font color="#6f6f6f">Outlet One</font></li><li><a href="${link('B')}" target="_blank">Second title</a>&nbsp;&nbsp;<font color="#6f6f6f">Outlet Two</font></li></ol>`,
      [['First title', link('A'), 'Outlet One'], ['Second title', link('B'), 'Outlet Two']],
    ],
    [
      'no closing tags at all',
      `<ol><li><a href="${link('A')}">First title&nbsp;&nbsp;<font color="#6f6f6f">Outlet One<li><a href="${link('B')}">Second title</a><font>Outlet Two`,
      [['First title Outlet One', link('A'), ''], ['Second title', link('B'), 'Outlet Two']],
    ],
    ['single quotes, upper case, no <font>', `<OL><LI><A HREF='${link('A')}'>First title</A>&nbsp;&nbsp;Outlet One</LI></OL>`, [['First title', link('A'), 'Outlet One']]],
    ['an unquoted href', `<ol><li><a href=${link('A')}>First title</a> <font>Outlet One</font></li></ol>`, [['First title', link('A'), 'Outlet One']]],
    ['entities in titles', `<ol><li><a href="${link('A')}">Velden calls it &quot;regrettable&quot; &amp; &#8216;costly&#x2019;</a><font>O&amp;P</font></li></ol>`, [['Velden calls it "regrettable" & ‘costly’', link('A'), 'O&P']]],
    ['a search item’s single link', `<a href="${link('A')}" target="_blank">Only title</a>&nbsp;&nbsp;<font color="#6f6f6f">Solo Outlet</font>`, [['Only title', link('A'), 'Solo Outlet']]],
    [
      'entries without a usable link are skipped',
      `<ol><li>No link here</li><li><a href="javascript:alert(1)">Script</a></li><li><a>No href</a></li><li><a href="${link('A')}"></a></li><li><a href="${link('B')}">Kept</a><font>K</font></li></ol>`,
      [['Kept', link('B'), 'K']],
    ],
    ['plain text', 'Minister says both sides must compromise', []],
    ['empty', '', []],
  ])('%s', (_name, html, expected) => {
    expect(parseCluster(html).map((l) => [l.title, l.url, l.outlet])).toEqual(expected);
  });

  it('reads a bounded number of entries from a runaway list', () => {
    const html = `<ol>${Array.from({ length: 5000 }, (_, i) => `<li><a href="${link(String(i))}">T${i}</a><font>O${i}</font></li>`).join('')}</ol>`;
    const links = parseCluster(html);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(12);
  });
});

describe('parseTopStories', () => {
  it('turns each item into its cluster, the lead link carrying the <source url>', () => {
    const stories = parseTopStories(fixture('google-news-top-stories.xml'));
    expect(stories.map((s) => [s.title, s.publishedTime, s.links.length])).toEqual([
      ['Glenmoor wildfire forces evacuation of three villages', '2026-03-11T06:00:00.000Z', 3],
      ['Ferry crews walk out as Port Aldwin strike begins', '2026-03-11T09:30:00.000Z', 4],
      ['Orrin Valley rail budget doubles after review', '2026-03-10T18:00:00.000Z', 2],
    ]);
    expect(stories[1].links.map((l) => [l.outlet, l.outletUrl])).toEqual([
      ['Harbour Courier', 'https://www.harbourcourier.example'],
      ['The Northgate Ledger', undefined],
      ['Coastline Weekly', undefined],
      ['Daily Example', undefined],
    ]);
    expect(stories[1].links[2].title).toBe('Mara Velden calls ferry strike "regrettable" & urges talks');
  });

  it('falls back to the item’s own link when the description has none', () => {
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Lone story - Solo Outlet</title><link>${link('Z')}</link><pubDate>Wed, 11 Mar 2026 06:00:00 GMT</pubDate><description>no list today</description><source url="https://solo.example">Solo Outlet</source></item><item><title>Nothing at all</title><description></description></item></channel></rss>`;
    expect(parseTopStories(body).map((s) => s.links)).toEqual([[{ title: 'Lone story', url: link('Z'), outlet: 'Solo Outlet', outletUrl: 'https://solo.example' }]]);
  });

  it.each([
    ['an empty channel', fixture('google-news-empty.xml'), null],
    ['a truncated feed', fixture('google-news-top-stories.xml').slice(0, 900), 'bad-response'],
    ['an HTML error page', fixture('html-error-page.html'), 'bad-response'],
    ['a consent page', fixture('consent-page.html'), 'consent-wall'],
  ])('%s', (_name, body, code) => {
    if (code === null) expect(parseTopStories(body)).toEqual([]);
    else expect(() => parseTopStories(body)).toThrow(expect.objectContaining({ code }));
  });
});

describe('pickTopStory', () => {
  const stories = parseTopStories(fixture('google-news-top-stories.xml'));

  it('picks the cluster telling the reader’s story', () => {
    const picked = pickTopStory(READER, stories);
    expect(picked?.story.title).toBe('Ferry crews walk out as Port Aldwin strike begins');
    expect(picked!.score).toBeGreaterThanOrEqual(TOP_STORY_MIN_SCORE);
  });

  it('picks nothing when no cluster is the reader’s story', () => {
    expect(pickTopStory(READER, stories.filter((s) => !/Aldwin/.test(s.title)))).toBeNull();
    expect(pickTopStory(READER, [])).toBeNull();
  });

  it('scores the other stories of the day below the bar', () => {
    const other: Article = { ...READER, title: 'Glenmoor wildfire forces evacuation of three villages', paragraphs: ['Fire crews fought the Glenmoor blaze through the night as three villages were evacuated.'] };
    expect(pickTopStory(other, stories)?.story.title).toBe('Glenmoor wildfire forces evacuation of three villages');
  });
});

describe('clusterCandidates', () => {
  it('offers the cluster’s outlets for lazy resolution, without the reader’s own', () => {
    const story = parseTopStories(fixture('google-news-top-stories.xml'))[1];
    const found = clusterCandidates(story, READER);
    expect(found.map((c) => [c.outlet, c.needsResolve, c.providers, c.publishedTime])).toEqual([
      ['Harbour Courier', true, ['google-news'], '2026-03-11T09:30:00.000Z'],
      ['The Northgate Ledger', true, ['google-news'], '2026-03-11T09:30:00.000Z'],
      ['Coastline Weekly', true, ['google-news'], '2026-03-11T09:30:00.000Z'],
    ]);
  });

  it.each([
    ['its name', { outlet: 'Daily Example', url: 'https://elsewhere.example/x' }],
    ['its domain', { outlet: '', url: 'https://www.dailyexample.example/x' }],
    ['a hyphenated domain', { outlet: '', url: 'https://daily-example.example/x' }],
    ['"The" before the name', { outlet: 'The Daily Example', url: 'https://elsewhere.example/x' }],
  ])('knows the reader’s outlet by %s', (_name, reader) => {
    const story = parseTopStories(fixture('google-news-top-stories.xml'))[1];
    expect(clusterCandidates(story, reader).map((c) => c.outlet)).not.toContain('Daily Example');
  });
});
