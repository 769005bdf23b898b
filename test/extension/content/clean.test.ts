import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanContent, collapseWhitespace, countWords, isDatelineOnly } from '../../../extension/content/clean';
import { datelineLength } from '../../../src/text/boilerplate';

const PAGE = 'https://www.daily-example.test/news/story';
const STORY = '<p>The council approved the harbour budget on Monday after a long debate about how much the repairs to the sea wall would cost the town.</p>';

function clean(body: string, ctx: Partial<{ title: string; byline: string | null }> = {}) {
  const doc = new DOMParser().parseFromString(`<div id="root">${body}</div>`, 'text/html');
  return cleanContent(doc.getElementById('root')!, { title: ctx.title ?? 'Harbour budget approved', byline: ctx.byline ?? null, pageUrl: PAGE });
}

describe('cleanContent', () => {
  it.each([
    ['a figure caption', '<figure><img src="x.jpg"><figcaption>The sea wall in winter.</figcaption></figure>', 'caption'],
    ['a class that says credit', '<p class="photo-credit">Jo Roe for the Daily Example</p>', 'credit'],
    ['a related-stories box', '<div class="related-links"><p>Ferry operator posts record losses</p></div>', 'related'],
    ['a one-link paragraph to another story on the site', '<p><a href="/news/ferry-losses">Ferry operator posts record losses this year</a></p>', 'related'],
    ['a section-break heading', '<h3>* * *</h3>', 'heading'],
    ['the title repeated', '<h1>Harbour budget approved</h1>', 'title'],
    ['a dateline alone', '<p>SALTMERE, England —</p>', 'dateline'],
    ['a timestamp', '<p>Updated 9:30 am GMT, Monday, March 4, 2024</p>', 'timestamp'],
    ['wire boilerplate', '<p>Associated Press writer Jo Roe contributed to this report.</p>', 'contributor'],
    ['a standfirst', '<p class="standfirst">Repairs backed after storms</p>', 'standfirst'],
  ])('sets aside %s', (_what, html, reason) => {
    const r = clean(STORY + html);
    expect(r.paragraphs).toEqual([STORY.replace(/<\/?p>/g, '')]);
    expect(r.removed.map((x) => x.reason)).toEqual([reason]);
  });

  it.each([
    ['a link to another site', '<p><a href="https://other-news.test/report">The full report from the regulator on harbours</a></p>'],
    ['a footnote link on the same page', '<p><a href="#note-1">The full report from the regulator on harbours</a></p>'],
    ['a one-word subhead', '<h2>Background</h2>'],
    ['a custom inline element inside a sentence', '<p>Costs rose sharply (<hl-source><a href="https://other.test/r">1</a></hl-source>) last year.</p>'],
    ['a sentence with a link in it', '<p>The regulator said in <a href="/news/report">its report</a> that the harbour was safe.</p>'],
  ])('keeps %s', (_what, html) => {
    const r = clean(STORY + html);
    expect(r.paragraphs).toHaveLength(2);
    expect(r.removed).toEqual([]);
  });

  // The demo newsstand's British page: section label, standfirst and a byline-and-time line above the story.
  it.each([
    ['a section label linked above the story', '<p class="meta"><a href="/news/">Local news</a></p>', 'kicker'],
    ['a byline with role and time', '<p>Jo Roe, Harbour correspondent · Wed 26 Feb 2025 16.30 GMT</p>', 'byline'],
    ['a wire credit with a date', '<p>From Jo Roe · February 26, 2025</p>', 'byline'],
  ])('sets aside %s before the first paragraph', (_what, html, reason) => {
    const r = clean(html + STORY, { byline: 'Jo Roe' });
    expect(r.paragraphs).toEqual([STORY.replace(/<\/?p>/g, '')]);
    expect(r.removed.map((x) => x.reason)).toEqual([reason]);
  });

  it.each([
    ['a short site link after the story began', `${STORY}<p><a href="/news/more">Harbour news</a></p>`],
    ['a sentence that starts with the byline', `${STORY}<p>Jo Roe · who covered the vote · said the council was split over the cost of the repairs.</p>`],
  ])('keeps %s', (_what, html) => {
    expect(clean(html, { byline: 'Jo Roe' }).paragraphs).toHaveLength(2);
  });

  it('never lets a class rule remove most of the article', () => {
    const body = `<div class="story-related">${STORY.repeat(4)}</div><p>Short note.</p>`;
    expect(clean(body).paragraphs).toHaveLength(5);
  });

  it('splits blocks and <br> into paragraphs and collapses whitespace', () => {
    expect(clean('<div>One  two\n three<br>four<blockquote>five</blockquote></div>').paragraphs).toEqual(['One two three', 'four', 'five']);
  });

  it('drops invisible characters but no visible ones', () => {
    expect(clean('<p>Vladi\u00admir Pu\u200btin said “no”.</p>').paragraphs).toEqual(['Vladimir Putin said “no”.']);
  });
});

describe('countWords', () => {
  it.each([
    ['three plain words', 3],
    ['商標法違反', 5],
    ['iPhoneを販売', 4],
    ['', 0],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('isDatelineOnly', () => {
  // What cleaning asked before it looked at the last character first: the answer must not change.
  const wholeDateline = (text: string) => {
    const n = datelineLength(text);
    return n > 0 && n >= text.length;
  };

  it.each([
    ['SALTMERE, England —', true],
    ['GENEVA (Atlas Wire) —', true],
    ['GENEVA (Atlas Wire) -', true],
    ['GENEVA (Atlas Wire):', true],
    ['WASHINGTON --', true],
    ['BRUSSELS, Feb 26 (Reuters) ‒', true],
    ['GENEVA (Atlas Wire) — NATO allies met.', false],
    ['WASHINGTON -', false],
    ['Saltmere, England —', false],
    ['The talks ended —', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isDatelineOnly(text)).toBe(expected);
    expect(wholeDateline(text)).toBe(expected);
  });

  it('answers as the dateline patterns do on generated dateline-like lines', () => {
    const part = fc.constantFrom('SALTMERE', 'NEW', 'YORK', 'ST.', 'SÃO', 'Calif.', 'England', 'Feb', '26', '(AP)', '(Atlas Wire)', '(dpa)', '(talks)', '—', '–', '‒', '―', '-', '--', ':', ',', 'said', ' ', '\u00a0', '\n');
    const line = fc.tuple(fc.array(part, { maxLength: 8 }), fc.constantFrom(' ', '')).map(([parts, glue]) => collapseWhitespace(parts.join(glue)));
    let whole = 0;
    fc.assert(
      fc.property(line, (text) => {
        const expected = wholeDateline(text);
        if (expected) whole++;
        expect(isDatelineOnly(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the interesting case, or the property above proves nothing.
    expect(whole).toBeGreaterThan(10);
  });
});
