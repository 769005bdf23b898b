// Boilerplate that news pages and wire copy wrap around an article: pure string rules, no DOM, shared by
// the content script's cleaning and the engine. Every rule is anchored at the start of a paragraph and
// bounded in length, because the cost of a false positive (a real sentence silently dropped from a
// comparison) is much higher than the cost of a miss (one extra "only in A" line the reader can see).

export type BoilerplateReason =
  | 'breaking-news' | 'contributor' | 'follow-coverage' | 'more-about' | 'newsletter' | 'related'
  | 'caption' | 'credit' | 'follow-us' | 'advert' | 'byline' | 'share';

const DASHES = '\u2014\u2013\u2012\u2015-';
const DASH = `[${DASHES}]`;

interface Rule {
  reason: BoilerplateReason;
  /** Longest paragraph (after whitespace collapse) the rule may flag: boilerplate lines are short. */
  maxLength: number;
  pattern: RegExp;
  /**
   * A cheap necessary condition, asked before the pattern: the pattern can only match a paragraph that,
   * in lower case, starts with one of `starts` (or has one opening bracket before it) or holds one of
   * `holds`. A pattern is compiled the first time it runs, some of them (Unicode classes, case-insensitive
   * alternations) for a millisecond or two each on a page's first extraction; ordinary sentences then
   * never run them at all. test/src/text/boilerplate.test.ts checks each gate against its pattern.
   */
  starts?: readonly string[];
  holds?: readonly string[];
}

// Order matters only where two rules could both match; the more specific one comes first.
const RULES: Rule[] = [
  { reason: 'breaking-news', maxLength: 120, pattern: /^(?:THIS IS (?:A )?BREAKING NEWS(?: UPDATE)?\b|BREAKING(?: NEWS)?\s*:?\s*$|Earlier story below\s*[:.]?\s*$|This is a (?:breaking|developing) (?:news )?story\b.{0,80}$|This story (?:is developing|has been updated)\b.{0,80}$|(?:An? )?earlier version of this story\b|UPDATES? with\b)/i, starts: ['this', 'breaking', 'earlier', 'a earlier', 'an earlier', 'update'] },
  { reason: 'breaking-news', maxLength: 60, pattern: /^(?:Developing story|Breaking)\s*$/i, starts: ['developing', 'breaking'] },
  // "Associated Press writers X and Y contributed to this report." / "Jane Doe contributed reporting."
  { reason: 'contributor', maxLength: 260, pattern: /^[^.!?"“”]{0,220}\bcontributed(?: (?:additional )?reporting| to (?:this|the) (?:report|story|article))?(?: from [^.!?]{1,80})?\.?\s*$/i, holds: ['contributed'] },
  // Reuters' trailer: "Reporting by X in Paris; Editing by Y"; also "Additional reporting by …".
  { reason: 'contributor', maxLength: 300, pattern: /^(?:\(?(?:Additional )?Reporting by\b[^.!?"“”]*(?:;|\bEditing by\b|\bWriting by\b|$)|\(?(?:Writing|Editing|Compiled) by\b[^.!?"“”]*$)/i, starts: ['additional', 'reporting', 'writing', 'editing', 'compiled'] },
  { reason: 'follow-coverage', maxLength: 220, pattern: /^(?:Follow|Find more of|See more of|Read more of|More of) (?:the )?AP['’]?s? (?:full )?coverage\b/i, starts: ['follow', 'find', 'see', 'read', 'more'] },
  { reason: 'more-about', maxLength: 40, pattern: /^More (?:about|on)\s*:?\s*$|^More about:/i, starts: ['more'] },
  { reason: 'newsletter', maxLength: 220, pattern: /^(?:Sign up|Subscribe|Register|Get|Want)\b[^.!?]{0,120}\b(?:newsletters?|briefings?|inbox|e-?mail updates?|e-?mails?)\b/i, starts: ['sign', 'subscribe', 'register', 'get', 'want'] },
  // "Click here to subscribe to The X Newsletter", "Sign Up: Stay on top of the news! Sign up for our newsletters here."
  { reason: 'newsletter', maxLength: 220, pattern: /^(?:Click here to |Sign up\s*:\s*)?(?:Sign up|Subscribe|Register)\b.{0,160}\b(?:newsletters?|briefings?|inbox)\b/i, starts: ['click', 'sign', 'subscribe', 'register'] },
  { reason: 'newsletter', maxLength: 120, pattern: /^(?:[Cc]lick here to s|S)ubscribe to (?:the )?\p{Lu}[^.!?]{0,100}[.!]?$/u, starts: ['click', 'subscribe'] },
  { reason: 'newsletter', maxLength: 80, pattern: /^(?:Newsletter(?: sign-?up)?|Sign up|Subscribe(?: now)?)\s*[:!.]?\s*$/i, starts: ['newsletter', 'sign', 'subscribe'] },
  { reason: 'related', maxLength: 200, pattern: /^\[?(?:Related(?: (?:content|coverage|stories|articles|topics|reading|links|posts?|news|videos?))?|Read (?:more|also|next)|Also read|Also|See (?:also|more)|More on this (?:story|topic)|Recommended(?: (?:reading|for you))?|Most (?:read|popular|viewed)|Popular (?:this week|now|stories)|Recent (?:articles|posts|stories)|Latest (?:news|stories)|Trending(?: now)?|Don['’]t miss|You (?:may|might) also (?:like|enjoy|be interested in)|Top stories|Further reading|More (?:great )?\p{Lu}?[\p{L}]* stories)\s*(?:\.\.\.|…)?\s*(?:$|[:|>»›\u2014\u2013-]\s*\S)/iu, starts: ['related', 'read', 'also', 'see', 'more', 'recommended', 'most', 'popular', 'recent', 'latest', 'trending', 'don', 'you', 'top', 'further'] },
  // "GET FOX BUSINESS ON THE GO BY CLICKING HERE": a short line that asks for a click is a promo.
  { reason: 'related', maxLength: 160, pattern: /^[^.!?]{0,120}\bclick(?:ing)? here\b[^.!?]{0,60}[.!]?$/i, holds: ['click'] },
  // BBC-style image furniture: "Image caption, …" / "Image source, Getty Images".
  { reason: 'caption', maxLength: 400, pattern: /^(?:Image|Media|Video|Photo) caption\s*[,:]/i, starts: ['image', 'media', 'video', 'photo'] },
  { reason: 'credit', maxLength: 120, pattern: /^(?:Image|Photo|Media|Picture) (?:source|credit)s?\s*[,:]/i, starts: ['image', 'photo', 'media', 'picture'] },
  // "Photo: X/Reuters", "Photograph: X/AP", "(Photo by X/Getty Images)", "(AP Photo/Michel Euler)", "Image: X".
  { reason: 'credit', maxLength: 140, pattern: /^\(?(?:Photo(?:graph)?s?|Images?|Pictures?|Illustration|Video|Credit)(?: by)?\s*[:]\s*(?:[^.!?]|\b\p{Lu}\.)[^!?]{0,119}\)?\s*$/iu, starts: ['photo', 'image', 'picture', 'illustration', 'video', 'credit'] },
  { reason: 'credit', maxLength: 140, pattern: /^\(?(?:Photo(?:graph)?s?|Images?|Pictures?|Illustration)(?: by| courtesy of)\s+[^.!?]{1,120}\)?\s*$/i, starts: ['photo', 'image', 'picture', 'illustration'] },
  { reason: 'credit', maxLength: 100, pattern: /^\(?(?:AP|AFP|Reuters|EPA|Getty)(?: Images)? (?:Photo|Picture|Image|Video)s?\s*\/\s*[^.!?]{1,80}\)?\s*$/i, starts: ['ap', 'afp', 'reuters', 'epa', 'getty'] },
  { reason: 'credit', maxLength: 60, pattern: /^(?:\u00a9|Copyright\b|\(c\)\s)[^.!?]{0,55}$/i, starts: ['\u00a9', 'copyright', '(c)'] },
  // "Natalie Naccache | Bloomberg | Getty Images", "Jane Roe/AFP via Getty Images".
  { reason: 'credit', maxLength: 100, pattern: /^[^.!?|/]{1,60}(?:\s*[|/]\s*[^.!?|/]{1,40}){0,2}\s*[|/]\s*(?:Getty(?: Images)?|Shutterstock|iStock(?:photo)?|Alamy|AFP|Reuters|AP|EPA|Bloomberg|PA(?: Wire)?|[\w ]+ via Getty Images)\s*$/, holds: ['|', '/'] },
  // A caption paragraph signs off with its photo credit: "… outside a store in Hialeah. (AP Photo/Jo Roe, File)".
  { reason: 'caption', maxLength: 400, pattern: /\((?:(?:AP|AFP|Reuters|EPA|Getty)(?: Images)? )?(?:Photo|Image|Picture)s?(?: by)?\s*[/:][^()]{1,80}\)\s*$/i, holds: ['photo', 'image', 'picture'] },
  { reason: 'follow-us', maxLength: 160, pattern: /^Follow (?:us|@\w+|[^.!?]{1,80}? on (?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok|LinkedIn|YouTube|Mastodon|WhatsApp|Telegram|Google News))\b/i, starts: ['follow'] },
  { reason: 'share', maxLength: 80, pattern: /^(?:Like|Enjoy(?:ed)?|Love) this (?:story|article|post)\?/i, starts: ['like', 'enjoy', 'love'] },
  { reason: 'advert', maxLength: 200, pattern: /^(?:This (?:post|article|page|story) (?:may )?contains? affiliate|We may (?:earn|receive) (?:a )?commission)\b/i, starts: ['this', 'we'] },
  { reason: 'follow-us', maxLength: 120, pattern: /^(?:Like us on Facebook|Join (?:us|our \w+) on (?:Facebook|WhatsApp|Telegram)|Connect with us)\b/i, starts: ['like', 'join', 'connect'] },
  { reason: 'advert', maxLength: 60, pattern: /^(?:Advertisement|Advert|Ad|Sponsored(?: content)?|Paid (?:content|post)|Skip (?:Advertisement|ad)|(?:Story|Article) continues below(?: (?:this )?(?:advertisement|ad))?|Continue reading(?: the main story| below)?|Scroll to continue(?: with content)?)\s*[:.]?\s*$/i, starts: ['ad', 'sponsored', 'paid', 'skip', 'story', 'article', 'continue', 'scroll'] },
  { reason: 'share', maxLength: 160, pattern: /^(?:(?:Share(?: (?:this|the) (?:article|story|page|video))?|Share on \w+|Copy(?: the)? link|Copied|Email|E-mail|Print|Tweet|Save(?: (?:article|story|for later))?|Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Flipboard|Comments?|Gift (?:this )?article|Listen(?: to (?:this )?article)?)\s*[|·•,:/]?\s*)+$/i, starts: ['share', 'copy', 'copied', 'email', 'e-mail', 'print', 'tweet', 'save', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'reddit', 'pinterest', 'flipboard', 'comment', 'gift', 'listen'] },
];

const BYLINE_MAX_LENGTH = 120;
const LONGEST_RULE = Math.max(BYLINE_MAX_LENGTH, ...RULES.map((r) => r.maxLength));

// A byline names people, not events: "By Monday, the troops …" and "By March the rate …" are sentences.
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'then', 'now', 'the',
  'this', 'that', 'then', 'noon', 'midnight', 'dawn', 'christmas', 'easter', 'tonight', 'today', 'tomorrow', 'law',
]);
const BYLINE_JOINERS = new Set(['and', '&', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'in', 'for', 'of', 'the', 'at']);

function isByline(text: string): boolean {
  if (text.length > BYLINE_MAX_LENGTH) return false;
  const m = /^By\s+(.+)$/i.exec(text);
  if (!m) return false;
  if (/[.!?]\s*$/.test(m[1]) && !/\b\p{Lu}\.$/u.test(m[1])) return false;
  // Bylines often carry a title or date after a separator ("By Jane Doe | Reuters", "By Jane Doe, Paris").
  const namePart = m[1].split(/\s*[|,\u2022\u00b7]\s*|\s+[\u2014\u2013-]\s+/)[0];
  const words = namePart.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  let names = 0;
  for (const word of words) {
    const bare = word.replace(/^[("'“‘]+|[)"'”’:;]+$/g, '');
    if (BYLINE_JOINERS.has(bare.toLowerCase()) && names > 0) continue;
    if (NOT_NAMES.has(bare.toLowerCase())) return false;
    if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(bare)) return false;
    names++;
  }
  return names > 0;
}

// Whitespace that collapsing and trimming would change: any but the space, two spaces, a space at an end.
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

/** `paragraph.replace(/\s+/g, ' ').trim()`, without the copy when it would change nothing (the usual case). */
function collapsed(paragraph: string): string {
  return NEEDS_COLLAPSE.test(paragraph) ? paragraph.replace(/\s+/g, ' ').trim() : paragraph;
}

/** Why a whole paragraph is boilerplate (wire markers like "THIS IS BREAKING NEWS: Earlier story below:",
 * "Associated Press writer X contributed to this report.", "Follow the AP's coverage of … at", "More about:",
 * "Sign up for our newsletter…", "Related: …", "Read more: …", "Photo: X/Reuters", "Follow us on …"), else null.
 * Conservative: a real news sentence must never be flagged. */
export function boilerplateReason(paragraph: string): BoilerplateReason | null {
  const text = collapsed(paragraph);
  // Every rule and the byline test has a length limit: past the longest, none can match.
  if (text === '' || text.length > LONGEST_RULE) return null;
  // A byline may end like a credit ("By Jane Doe | Reuters"); it is the more useful label.
  if (isByline(text)) return 'byline';
  const lower = gateText(text);
  for (const rule of RULES) {
    if (text.length <= rule.maxLength && mayMatch(rule, lower) && rule.pattern.test(text)) return rule.reason;
  }
  return null;
}

// The gates compare ASCII words in lower case. One character outside ASCII matches an ASCII letter in a
// case-insensitive Unicode pattern without lowering to it: ſ (long s) matches s.
const LONG_S = /\u017f/g;

/** `text` as the gates read it. */
export function gateText(text: string): string {
  return text.toLowerCase().replace(LONG_S, 's');
}

/** False only when `rule`'s pattern cannot match the paragraph whose gateText is `lower`. */
export function mayMatch(rule: Pick<Rule, 'starts' | 'holds'>, lower: string): boolean {
  if (rule.starts) {
    const bracketed = lower[0] === '(' || lower[0] === '[';
    return rule.starts.some((word) => lower.startsWith(word) || (bracketed && lower.startsWith(word, 1)));
  }
  if (rule.holds) return rule.holds.some((part) => lower.includes(part));
  return true;
}

/** The rules, for tests that check each gate against its own pattern. */
export const BOILERPLATE_RULES: readonly Readonly<Rule>[] = RULES;

// City: one or more ALLCAPS words ("PARIS", "NEW YORK", "SAINT-DENIS", "ST. LOUIS"); optional region in
// title case ("Ukraine", "Calif.", "N.Y."); optional date (Reuters: "Feb 26"); optional agency in
// parentheses; then a dash. Without an agency the dash must be an em/en dash or a spaced double hyphen,
// since "NATO - the alliance …" with a plain hyphen is more often a sentence than a dateline.
const CITY = String.raw`\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}`;
const REGION = String.raw`(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?`;
const DATE = String.raw`(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?`;
// The agency: a known one, or any name of one to four capitalised words ("(Atlas Wire)", "(Nordic News
// Service)"): a list of real agencies misses every smaller wire and every invented one. The ALLCAPS city
// before it and the dash after it keep "Paris (AP) — " in a sentence from matching.
const AGENCY = String.raw`\((?:dpa|\p{Lu}[\p{L}&.'’-]*(?: (?:of |the )?\p{Lu}[\p{L}&.'’-]*){0,3})\)`;
const WITH_AGENCY = new RegExp(String.raw`^${CITY}${REGION}${DATE} ${AGENCY}\s*(?:${DASH}{1,2}|:)\s*`, 'u');
const WITHOUT_AGENCY = new RegExp(String.raw`^${CITY}${REGION}${DATE}\s*(?:[\u2014\u2013]|--)\s*`, 'u');

/** Length in UTF-16 units of a leading dateline to skip ("PARIS (AP) — ", "KYIV, Ukraine (AP) — ",
 * "LONDON (Reuters) - ", "WASHINGTON — "), else 0. */
export function datelineLength(paragraph: string): number {
  const lead = /^\s*/.exec(paragraph)?.[0].length ?? 0;
  const rest = paragraph.slice(lead);
  const m = WITH_AGENCY.exec(rest) ?? WITHOUT_AGENCY.exec(rest);
  return m ? lead + m[0].length : 0;
}
