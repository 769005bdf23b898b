// Invented stories for the matcher's tests: invented outlets, invented towns, invented people.
import type { Article } from '../../../src/article';

export function article(over: Partial<Article> & Pick<Article, 'paragraphs'>): Article {
  return { title: '', outlet: 'Example Outlet', url: 'https://example.test/a', publishedTime: null, lang: 'en', ...over };
}

/** The Brackwater dam breach, as the Daily Lantern told it. */
export const damLantern = article({
  title: 'Brackwater dam breach floods Linmouth as engineers warn of second failure',
  outlet: 'Daily Lantern',
  url: 'https://www.dailylantern.test/news/brackwater-dam-breach?utm_source=feed',
  publishedTime: '2031-04-14T08:00:00Z',
  paragraphs: [
    'LINMOUTH — The Brackwater dam gave way before dawn on Monday, sending a wall of water through the lower streets of Linmouth and forcing 3,400 residents from their homes, officials said.',
    'Mayor Orla Fenwick said rescue crews from the Corvane Fire Service had pulled 41 people from flooded houses by midday. “We have never seen the river rise this fast, and we are not done yet,” Ms. Fenwick told reporters at the town hall.',
    'Engineers from the Northmarch Water Authority warned that a second section of the dam was cracking. Chief engineer Tobias Greave said the authority would lower the reservoir by opening the spillway gates.',
    'Greave said inspections last autumn had found seepage near the eastern abutment. Residents accused the authority of ignoring the warnings.',
    'The Corvane Fire Service said no deaths had been confirmed, but two people were missing near the old mill.',
  ],
});

/** The same breach, told by another outlet in other words, a few hours later. */
export const damHerald = article({
  title: 'Thousands flee Linmouth after Brackwater dam collapses',
  outlet: 'Westmoor Herald',
  url: 'https://westmoorherald.test/2031/04/14/brackwater-dam',
  publishedTime: '2031-04-14T13:30:00Z',
  paragraphs: [
    'Thousands of people fled Linmouth on Monday after part of the Brackwater dam collapsed, flooding the lower town, according to local officials.',
    'Orla Fenwick, the mayor of Linmouth, said 3,400 residents had been evacuated. “We have never seen the river rise this fast, and we are not done yet,” Fenwick said.',
    'The Northmarch Water Authority, which runs the dam, said a second section was cracking. Tobias Greave, its chief engineer, said spillway gates would be opened to lower the reservoir.',
    'Firefighters from the Corvane Fire Service rescued 41 people, and two people were reported missing near the old mill.',
    'Seepage near the eastern abutment had been reported during inspections last autumn, Greave said.',
  ],
});

/** A follow-up six days later: same places and people, a new event (the inquiry). */
export const damInquiry = article({
  title: 'Inquiry ordered into Brackwater dam as Linmouth begins clean-up',
  outlet: 'Westmoor Herald',
  url: 'https://westmoorherald.test/2031/04/20/dam-inquiry',
  publishedTime: '2031-04-20T10:00:00Z',
  paragraphs: [
    'The regional government ordered an independent inquiry on Saturday into the Brackwater dam, six days after its partial collapse flooded Linmouth.',
    'Judge Hester Quill will lead the inquiry, which will examine why the Northmarch Water Authority did not act on inspection reports about the dam.',
    'In Linmouth, volunteers shovelled mud out of shops on the high street as the last evacuees returned home. Mayor Orla Fenwick said the clean-up would take months.',
    'The authority said it would cooperate fully. Tobias Greave, its chief engineer, declined to comment.',
  ],
});

/** A different event with overlapping places and institutions, two days earlier: a water-rates vote. */
export const budgetRow = article({
  title: 'Linmouth council rejects Northmarch Water Authority rate rise',
  outlet: 'Daily Lantern',
  url: 'https://www.dailylantern.test/news/water-rates',
  publishedTime: '2031-04-12T09:00:00Z',
  paragraphs: [
    'Linmouth town council voted on Tuesday to reject a proposed 12% rise in water rates by the Northmarch Water Authority, calling it unaffordable for pensioners.',
    'Councillor Piers Ashdown said the authority had spent too much on new offices and too little on pipes. The vote was 9 to 4.',
    'The authority said the rise would fund meter replacement across the county and warned of shortages next summer without it.',
  ],
});

/** Nothing in common: a cycling race in an invented city. */
export const cycling = article({
  title: 'Saskia Morrow wins the Tour of Helvary in a sprint finish',
  outlet: 'Pedal Weekly',
  url: 'https://pedalweekly.test/helvary',
  publishedTime: '2031-04-14T18:00:00Z',
  paragraphs: [
    'Saskia Morrow of Team Aldane won the Tour of Helvary on Monday, edging out Ilse Varga in a sprint on the final climb.',
    '“My legs were empty, but the crowd carried me,” Morrow said after crossing the line in Helvary.',
    'Varga finished second, six seconds behind, and Team Aldane took the team classification as well.',
  ],
});
