import type { Article } from '../../src/article';

/**
 * Invented news-like text for the speed benchmark: deterministic (seeded), sentence lengths and a
 * vocabulary in the range of real wire copy, quotes, numbers and names, so every engine stage has work.
 * B is A retold: US→UK respelling, acronym case, honorifics, some substituted words, dropped and added
 * sentences, and paragraphs reordered (the case that makes a monotone word diff slow).
 */
const WORDS = (
  'the a of to in and for on with at by from that said officials government council minister plan city ' +
  'report week year people project budget vote police court water energy school workers union company ' +
  'price market storm bridge harbour road hospital election party leader talks agreement support aid ' +
  'defense program center color organized traveled analyze labor honor favorite gray offense license ' +
  'would could will may not never also new first last more than about after before during while'
).split(' ');
const NAMES = ['Whitlock', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Petrov', 'Haddad', 'Brennan'];
const ACRONYMS = ['NATO', 'UNESCO', 'NASA', 'OPEC'];
const US_UK: Record<string, string> = { defense: 'defence', program: 'programme', center: 'centre', color: 'colour', organized: 'organised', traveled: 'travelled', analyze: 'analyse', labor: 'labour', honor: 'honour', favorite: 'favourite', gray: 'grey', offense: 'offence', license: 'licence' };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPair(words: number, seed = 1): [Article, Article] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 12 + Math.floor(r() * 18);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) {
      const x = r();
      ws.push(x < 0.06 ? pick(NAMES) : x < 0.08 ? pick(ACRONYMS) : x < 0.11 ? String(Math.floor(r() * 500)) : pick(WORDS));
    }
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    const name = pick(NAMES);
    const s = r() < 0.2 ? `“${ws.join(' ')},” ${name} said.` : `${ws.join(' ')}.`;
    sentences.push(s);
    count += n + (s.startsWith('“') ? 2 : 0);
  }
  const paragraphsA: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphsA.push(sentences.slice(i, i + 3).join(' '));

  const retell = (p: string) =>
    p
      .split(' ')
      .filter(() => r() > 0.01)
      .map((w) => {
        const bare = w.replace(/[.,”“]/g, '');
        if (US_UK[bare]) return w.replace(bare, US_UK[bare]);
        if (ACRONYMS.includes(bare)) return w.replace(bare, bare[0] + bare.slice(1).toLowerCase());
        if (NAMES.includes(bare) && r() < 0.5) return `Mr ${w}`;
        if (r() < 0.03) return pick(WORDS);
        return w;
      })
      .join(' ');
  const paragraphsB = paragraphsA.filter(() => r() > 0.04).map(retell);
  for (let i = 0; i < paragraphsB.length / 8; i++) {
    const x = Math.floor(r() * paragraphsB.length);
    const y = Math.floor(r() * paragraphsB.length);
    [paragraphsB[x], paragraphsB[y]] = [paragraphsB[y], paragraphsB[x]];
  }
  paragraphsB.splice(Math.floor(paragraphsB.length / 2), 0, 'An extra sentence that only the second outlet carries about the harbour vote.');
  const article = (outlet: string, paragraphs: string[]): Article => ({ title: 'Synthetic story', outlet, url: `https://${outlet}.example/story`, publishedTime: null, paragraphs });
  return [article('wire', paragraphsA), article('british', paragraphsB)];
}
