// Our invented fixture pages (test/fixtures/pages/) and what extraction must give for each: shared by the
// happy-dom, jsdom and linkedom tests so the three DOMs are held to the same answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '..', '..', 'fixtures', 'pages', `${name}.html`), 'utf8');
}

export interface Expected {
  name: string;
  url: string;
  title: string;
  outlet: string;
  canonicalUrl: string;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  paragraphs: string[];
  removed: { text: string; reason: string }[];
}

export const ARTICLES: Expected[] = [
  {
    name: 'daily-example-harbour',
    url: 'https://www.daily-example.test/news/harbour-cranes-storm?utm_source=feed',
    title: 'Harbour cranes to be replaced after storm damage',
    outlet: 'The Daily Example',
    canonicalUrl: 'https://www.daily-example.test/news/harbour-cranes-storm',
    byline: 'Imogen Thale',
    publishedTime: '2024-03-04T09:30:00.000Z',
    lang: 'en-GB',
    paragraphs: [
      'All six cargo cranes at Saltmere harbour will be replaced by next spring after last month’s storm left two of them leaning over the quay, the port authority has said.',
      'The authority’s chief executive, Mr Devlin Oakes, said the £48m programme would be paid for from reserves and a loan, and that no jobs would be lost while the work was done.',
      '“We were lucky that nobody was hurt. The cranes did exactly what they were designed to do in a storm, but they are nearly forty years old and it is time,” Mr Oakes said.',
      'Shipping companies have been told to expect delays of up to a week in April, when the first two cranes will be dismantled and the new ones lifted into place from a floating barge.',
      'Union welcomes plan',
      'The dockers’ union said it welcomed the decision but wanted written guarantees on overtime pay during the months when only four cranes would be working.',
      'Saltmere handled just over 2.1 million tonnes of cargo last year, making it the fourth-busiest port on the east coast, according to the authority’s annual report.',
    ],
    removed: [
      { text: 'Read more: Storm Petra: what we know so far', reason: 'related' },
      { text: 'Morning Briefing', reason: 'newsletter' },
      { text: 'Sign up for our Morning Briefing newsletter to get the day’s top stories in your inbox.', reason: 'newsletter' },
      { text: 'Follow us on Twitter and Facebook', reason: 'follow-us' },
    ],
  },
  {
    name: 'meridian-wire-bridge',
    url: 'https://meridian-wire.test/us/lakeport-bridge-reopens',
    title: 'Lakeport bridge reopens two years early',
    outlet: 'Meridian Wire',
    canonicalUrl: 'https://meridian-wire.test/us/lakeport-bridge-reopens',
    byline: 'CARLA NUÑEZ and TOBIAS WREN',
    publishedTime: '2024-05-17T18:05:00.000Z',
    lang: 'en-US',
    paragraphs: [
      'LAKEPORT, Ontario — The Harrow Street bridge reopened to traffic on Friday, two years ahead of schedule and $12 million under budget, city officials said.',
      'Mayor Ruth Adeyemi cut the ribbon shortly after 10 a.m. as a line of school buses waited to make the first crossing.',
      'LAKEPORT, Ontario — Lakeport’s Harrow Street bridge is set to reopen Friday, the city said Thursday, ending a detour that has added up to 40 minutes to some commutes since the span was closed in 2022.',
      'Engineers found corroded cables in the bridge’s north tower during a routine inspection, and the city closed it within hours.',
      '“We promised people we would not cut corners, and we didn’t. We just worked nights,” said city engineer Paul Okonjo.',
      'The closure split the city’s east side from its hospital and its main industrial park, and local businesses said at the time that they were losing customers who could no longer be bothered to make the long drive around the lake.',
      'Work crews replaced all 48 of the bridge’s main cables and rebuilt the deck in sections, pouring concrete through the winter under heated tents, a method the city said it had never tried before on a project of that size.',
      'The repair cost $61 million, most of it paid by the province, according to figures released by the city council.',
    ],
    removed: [
      { text: 'THIS IS BREAKING NEWS: Earlier story below:', reason: 'breaking-news' },
      { text: 'Advertisement', reason: 'advert' },
      { text: 'Meridian writer Jo Kane in Toronto contributed to this report.', reason: 'contributor' },
      { text: 'More about:', reason: 'more-about' },
    ],
  },
  {
    // No JSON-LD, no og:site_name: the outlet falls back to the domain, the date to article:published_time.
    name: 'valley-courier-library',
    url: 'https://www.valley-courier.test/local/library-sundays',
    title: 'Library to stay open on Sundays after petition',
    outlet: 'valley-courier.test',
    canonicalUrl: 'https://www.valley-courier.test/local/library-sundays',
    byline: null,
    publishedTime: '2023-11-08',
    lang: 'en-US',
    paragraphs: [
      'The Ashford Public Library will keep its Sunday opening hours after more than 3,000 residents signed a petition against a plan to close it at weekends, the library board decided on Tuesday night.',
      'The board had proposed closing on Sundays to save about $85,000 a year. Board chair Helen Marsh said the petition, and a packed public meeting last month, had changed members’ minds.',
      'Analysis',
      '“We heard very clearly that Sunday is the only day many families can come in together,” Marsh said. “We will find the money somewhere else.”',
      'Where the money will come from',
      'The board will instead delay replacing the library’s roof by a year and will ask the town council for a one-off grant of $40,000 at its December meeting.',
      'Library use has grown since the pandemic, with Sunday visits up by almost a quarter on last year, according to figures the library presented to the board, and the children’s reading hour on Sunday mornings is regularly full.',
      'Council member Luis Ortega, who chairs the finance committee, said he expected the grant to be approved “without much argument.”',
    ],
    removed: [
      { text: '* * *', reason: 'heading' },
      { text: 'Residents queue outside the library before a public meeting in October. (Photo by Dan Fry/Valley Courier)', reason: 'caption' },
      { text: 'Photo: Dan Fry/Valley Courier', reason: 'credit' },
      { text: 'Related: Library roof repairs delayed again', reason: 'related' },
    ],
  },
];

/** A section front: headlines and links, no story. */
export const NOT_ARTICLES = [{ name: 'daily-example-section-front', url: 'https://www.daily-example.test/news' }];
