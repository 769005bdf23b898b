// npm run bench:match — story matching on the dev corpora in ../shared/corpora (never copied here).
// Prints a table and rewrites the "## Story matching" section of docs/benchmarks.md (--no-write to skip).

import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/article';
import { MATCH_MODEL, SIGNALS } from '../src/match/model';
import { decide, matchStory, MATCH_RULES } from '../src/match/story';
import { corporaRoot, loadAllSides, loadBasil, loadEcbPlus, loadUci, type Labelled } from './lib/match-corpora';
import { evaluate, scoreGroups, verdictsOfNegatives, type ScoredPair } from './lib/match-eval';
import { experiments } from './lib/match-experiments';
import { crossValidate, repeatedCrossValidate, signalGroups, UNUSED_IN_SHIPPED_FIT, withoutSignals } from './lib/match-fit';
import { preRankRecall } from './lib/match-prerank';

const MIN_ECB_SENTENCES = 3;
const root = corporaRoot();
if (!root) {
  console.error('No ../shared/corpora here: the matching benchmark needs the dev corpora.');
  process.exit(1);
}
const write = !process.argv.includes('--no-write');
const fitOnly = process.argv.includes('--fit');
const experimentsOnly = process.argv.includes('--experiments');

const basil = loadBasil(root);
const ecbAll = loadEcbPlus(root);
const ecb = ecbAll.filter((d) => d.article.paragraphs.length >= MIN_ECB_SENTENCES);
const allsides = loadAllSides(root);
// ECB+ carries no dates. The issue reads it as "the hard negatives": its other-event pairs are scored as if
// both events were reported the same day, the worst case for a matcher whose time signals would otherwise
// reject most of them (and the case a model trained on undated ECB+ never saw: see the last cv row).
const SAME_DAY = '2013-06-01T12:00:00Z';
const ecbSameDay = ecb.map((l) => ({ ...l, article: { ...l.article, publishedTime: SAME_DAY } }));
if (experimentsOnly) {
  console.log(experiments(basil, ecb));
  process.exit(0);
}

const f = (x: number, d = 3) => x.toFixed(d);
const basilPairs = signalGroups('basil', basil);
// The issue's reading: BASIL's triplets the positives, ECB+'s other-event pairs (same day) hard negatives.
// Trained with the unused signals at 0, measured with every signal as it is (their weights are 0 anyway,
// and the previous model, which weighs time, must see the real values).
const issueReading = [...basilPairs, ...signalGroups('ecb+', ecbSameDay).filter((p) => p.y === 0)];
const issueReadingFit = withoutSignals(issueReading, UNUSED_IN_SHIPPED_FIT);
// The strict reading: ECB+'s same-event pairs are positives too (undated, as the corpus gives them).
const strictReading = [...basilPairs, ...signalGroups('ecb+', ecb)];
const fitted = crossValidate(issueReadingFit, issueReading);
const repeated = repeatedCrossValidate(issueReadingFit, issueReading);
const perDeal = (n: number) => (n / repeated.repeats).toFixed(1);
const strictFit = crossValidate(strictReading);
const shippedOnStrict = crossValidate(issueReadingFit, strictReading);
const strictOnIssue = crossValidate(strictReading, issueReading);
const cvRow = (name: string, r: typeof fitted.cv.all) => `| ${name} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${r.tp}/${r.fp}/${r.fn} |`;
const cvTable = [
  '| cross-validated (5 folds by BASIL year / ECB+ topic) | precision | recall | F1 | TP/FP/FN |',
  '| --- | --- | --- | --- | --- |',
  cvRow("**issue's reading**: BASIL + ECB+ other-event pairs as same-day hard negatives (shipped model)", fitted.cv.all),
  `| the same, repeated over ${repeated.repeats} shuffled deals of the folds (pooled; TP/FP/FN per deal, recall of the worst–best deal) | ${f(repeated.pooled.precision)} | ${f(repeated.pooled.recall)} | ${f(repeated.pooled.f1)} | ${perDeal(repeated.pooled.tp)}/${perDeal(repeated.pooled.fp)}/${perDeal(repeated.pooled.fn)} (${f(repeated.recallRange[0])}–${f(repeated.recallRange[1])}) |`,
  cvRow('  of which BASIL', fitted.cv.byCorpus.basil),
  `|   of which ECB+ other-event pairs (negatives only) | | | | ${fitted.cv.byCorpus['ecb+'].fp} of ${issueReading.filter((p) => p.corpus === 'ecb+').length} called the same story |`,
  cvRow('strict reading (ECB+ same-event pairs positives too, undated), shipped model', shippedOnStrict.cv.all),
  cvRow('  of which ECB+', shippedOnStrict.cv.byCorpus['ecb+']),
  cvRow('strict reading, model fit on the strict reading (the previous model)', strictFit.cv.all),
  cvRow('  of which ECB+', strictFit.cv.byCorpus['ecb+']),
  cvRow("issue's reading, model fit on the strict reading (the previous model)", strictOnIssue.cv.all),
].join('\n');
if (fitOnly) {
  console.log(cvTable);
  console.log('\nFit on all dev pairs; paste into src/match/model.ts:\n');
  console.log(`export const MATCH_MODEL: LinearModel = ${JSON.stringify(fitted.model, null, 2)};`);
  process.exit(0);
}

const pb = scoreGroups('basil', basil);
const pe = scoreGroups('ecb+', ecb);
const hardNegatives = scoreGroups('ecb+', ecbSameDay).filter((p) => !p.positive);
const dev = [...pb, ...pe];

const rows: string[][] = [];
function row(name: string, pairs: ScoredPair[]) {
  const r = evaluate(pairs);
  const pos = pairs.filter((p) => p.positive).length;
  rows.push([name, String(pairs.length), String(pos), f(r.precision), f(r.recall), f(r.f1), `${r.tp}/${r.fp}/${r.fn}`]);
}
row('BASIL dev (dates used)', pb);
row(`ECB+ other-event pairs dated the same day (hard negatives; docs ≥ ${MIN_ECB_SENTENCES} sentences)`, hardNegatives);
row("BASIL + ECB+ hard negatives (the issue's reading)", [...pb, ...hardNegatives]);
row('ECB+ dev, strict (same-event pairs as positives, undated)', pe);
row('BASIL + ECB+ dev, strict', dev);
const pbNoDates = scoreGroups('basil', basil.map(undate));
row('BASIL dev, dates removed', pbNoDates);
row('BASIL dev, IDF from the pair alone', scoreGroups('basil', basil, 0));
row('BASIL dev, IDF from 8 others', scoreGroups('basil', basil, 8));
row('ECB+ dev, IDF from 8 others', scoreGroups('ecb+', ecb, 8));
row('ECB+ dev, all docs incl. 1–2-sentence ECB leads', scoreGroups('ecb+', ecbAll));

// AllSides: the three sides of one roundup are positives; roundups dated within 3 days of each other are
// the negatives, since older ones would be rejected by the time gate alone.
const asPairs = allSidesPairs(allsides);
const asResult = evaluate(asPairs);
row('AllSides dev leads (roundups ≤ 3 d apart)', asPairs);
// The body floor's measured effect: the same scores decided without it.
const withoutFloor = (pairs: ScoredPair[]) =>
  pairs.map((p) => ({ ...p, result: { ...p.result, verdict: decide(p.result.score, p.result.evidence, MATCH_MODEL, { ...MATCH_RULES, minCosine: 0 }) } }));
const asNoFloor = evaluate(withoutFloor(asPairs));
row('AllSides dev leads, without the body floor', withoutFloor(asPairs));
const lowestBasilCosine = Math.min(...pb.filter((p) => p.positive && p.result.verdict === 'same-story').map((p) => p.result.evidence.cosine));

function undate(l: Labelled): Labelled {
  return { ...l, article: { ...l.article, publishedTime: null } };
}

function allSidesPairs(items: Labelled[]): ScoredPair[] {
  const out: ScoredPair[] = [];
  const t = (l: Labelled) => Date.parse(l.article.publishedTime ?? '');
  const sorted = [...items].sort((a, b) => t(a) - t(b));
  for (let i = 0; i < sorted.length; i++) {
    const others: Article[] = [];
    for (let j = i + 1; j < sorted.length && t(sorted[j]) - t(sorted[i]) <= 3 * 86_400_000; j++) others.push(sorted[j].article);
    for (let j = i + 1; j < sorted.length && t(sorted[j]) - t(sorted[i]) <= 3 * 86_400_000; j++) {
      out.push({
        corpus: 'allsides',
        positive: sorted[i].story === sorted[j].story,
        result: matchStory(sorted[i].article, sorted[j].article, { others: others.slice(0, 8) }),
      });
    }
  }
  return out;
}

// Per-pair time: one reader against 8 candidates with the batch as IDF context, cold (fresh objects, so
// nothing cached) and warm (features cached, as when the popup re-scores).
function timing(): { cold: number; warm: number } {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let k = 0; k + 9 <= basil.length; k += 9) {
    const fresh = () => basil.slice(k, k + 9).map((l) => ({ ...l.article }));
    for (let c = 1; c < 9; c++) {
      const [reader, ...cands] = fresh();
      const t0 = performance.now();
      matchStory(reader, cands[c - 1], { others: cands });
      cold.push((performance.now() - t0) * 1000);
    }
    const [reader, ...cands] = fresh();
    matchStory(reader, cands[0], { others: cands });
    for (const c of cands) {
      const t0 = performance.now();
      matchStory(reader, c, { others: cands });
      warm.push((performance.now() - t0) * 1000);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { cold: median(cold), warm: median(warm) };
}
const time = timing();

const experimentTable = experiments(basil, ecb);
const uci = loadUci(root);
const recall = preRankRecall(uci, 300);
// A disjoint sample (every 21st headline from the 11th): the feedback parameters were chosen on the first.
const recallCheck = preRankRecall(uci, 300, 8, 10);

const machine = `${cpus().length} cores (nproc ${safe('nproc')}), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const header = ['set', 'pairs', 'positives', 'precision', 'recall', 'F1', 'TP/FP/FN'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const w = MATCH_MODEL.weights;
const weights = SIGNALS.map((s) => `${w[s]}·${s}`).join(' + ');
const hard = verdictsOfNegatives(pe);
const hardTotal = hard['same-story'] + hard.related + hard.different;
const meets = (r: { precision: number; recall: number }) => r.precision >= 0.97 && r.recall >= 0.95;
const targetVerdict =
  meets(fitted.cv.all) && meets(repeated.pooled)
    ? 'met, on the single deal and pooled over the repeated ones'
    : `missed (${meets(fitted.cv.all) ? 'met on the single deal only' : meets(repeated.pooled) ? 'met pooled only' : 'on both readings of the cross-validation'})`;
const pct = (n: number) => `${((100 * n) / hardTotal).toFixed(1)} %`;
const section = `## Story matching

\`npm run bench:match\` (bench/match.ts) on ../shared/corpora; ${new Date().toISOString().slice(0, 10)}; ${machine}.
Verdict measured: \`same-story\` from \`matchStory\` (src/match/story.ts). Pairs are formed inside a group
(BASIL: one year, positives = the three outlets of one triplet, negatives = cross-triplet pairs of that
year; ECB+: one topic, positives = two documents of the same sub-corpus, hard negatives = ecb × ecbplus).
IDF context (\`others\`) = the whole group unless the row says otherwise.

Readings. The issue names ECB+ "the hard negatives". Its reading, used to fit and to judge the shipped model:
BASIL's triplets are the positives; BASIL's cross-triplet pairs and ECB+'s other-event pairs (ecb × ecbplus,
same topic) are the negatives, and since ECB+ gives no dates, every ECB+ document is dated the same day, the
worst case (a matcher may not lean on the 96 h window to reject them). The strict reading, used until this
pass, also counted ECB+'s same-event pairs (two documents of one sub-corpus, undated) as positives. Those
sub-corpora hold follow-ups and side stories (below), so the model fit on them learned to accept topic-level
likeness: measured on the issue's reading it calls ${strictOnIssue.cv.all.fp} of ${issueReading.filter((p) => p.corpus === 'ecb+').length} same-day other-event pairs the same story
(last cv row). That is the error a reader would see (a diff of another event), so the shipped model is now fit on
the issue's reading.

Sixth pass (this section): **a lead-number agreement signal** replaces the lead-number containment that was
held at weight 0 (src/match/signals.ts \`numberAgreement\`): 1 when both leads give numbers and share one, 0 when
both give numbers and share none, 0.5 when either gives none. Containment read "no numbers" and "other numbers"
both as 0; apart, the second is what tells ECB+'s two Iranian earthquakes apart ("a 5.6 magnitude earthquake …
injuring five" against "a 5.9 magnitude earthquake … killing 10"), and it fits a positive weight
(${w.leadNumberAgreement}). With it, entity extraction mended where the misses pointed: a short first name is the full one
("Jim Mattis" / "James Mattis", "Dave Brat" / "David Brat"); a middle initial "A." is no article (so "Speaker John A.
Boehner" stays whole); "a Secretary of Defense" keeps its honorific instead of becoming "of defense"; "Secretary of
Defense Jim Mattis" is the person; a sentence-opening name with an appositive ("Glenn Beck, the hero of …") counts; a
paragraph in headline case confirms no capital by itself; a party before a name goes ("Republican Sharron Angle");
"Amy Klobuchar of Minnesota" is a person and a state (all 50 states, and AP's abbreviations: "Cambridge, Md.");
"New Jersey" keeps its "New". Measured by the repeated cross-validation below (the same 20 shuffled deals),
true/false/missed pairs per deal: the fifth pass's matcher 135.9/5.2/14.1 (R 0.906; its single deal said 141/4/9);
the entity mends alone 140.6/4.8/9.4; the lead-number signal alone 138.2/3.6/11.8; both (shipped) the row below.
Tried in a scratch run over another 20 deals and not kept: no person test for a run starting with an acronym ("INS
Sukanya", "MV Gibe" are ships), true pairs 141.1 → 137.1; that and no demonym start ("Indian Naval"), false pairs
4.5 → 5.7; "day", "week", "act" as words no surname ends with, false pairs 4.5 → 4.8; the lead-number signal as
containment or Jaccard with 0.5 for "none", false pairs 6.5 and 5.8 (the binary form: 3.3). The single deal of earlier
passes (groups dealt in sorted order) moves by up to ±4 pairs with the deal alone, which is why the repeated row
is now printed.

Fifth pass: entity extraction mended again (src/match/entities.ts: an office before a name is
no longer part of it, so "House Majority Leader Eric Cantor", an organisation that met no plain "Eric Cantor", is
the person; a weekday after a name is dropped, "Chick-fil-A Wednesday"; a name holding "of" is no person, so
"Critics of Chick-fil-A" no longer took every later "Chick-fil-A" as its surname); the ECB+ reader rejoins the
numbers and times its tokeniser split ("5. 9-magnitude", "120, 000", "8: 41 p. m.", so numbers can tell two
earthquakes apart and that date line is read as one); and a **body floor**: never the same story when the body
cosine is under ${MATCH_RULES.minCosine}, whatever the people say. Refit, the model leaned harder on person overlap
(5.31, was 3.21) and on AllSides called two stories of one week about the same president the same story
(cosine 0.07–0.11, "Researchers hospitalized at Wuhan lab" with "Manhattan prosecutor convenes grand jury in Trump
investigation"): ${asNoFloor.fp} false pairs without the floor (the previous model: 188). The floor sits under every
BASIL same-story pair (the lowest is ${f(lowestBasilCosine, 2)}); it was checked on AllSides, which is therefore no longer
untouched: it turns ${asNoFloor.fp - asResult.fp} of those ${asNoFloor.fp} away and costs ${asNoFloor.tp - asResult.tp} of ${asNoFloor.tp} same-story pairs (the two AllSides rows).
Measured and not kept: folding "President-elect Barack Obama" into "Barack Obama" made
ECB+ topic 9's two events (Bush issues an endangered-species rule; Obama overturns it) share their main person, and
the cross-validated recall fell from 141 to 128 of 150 as the threshold rose to keep them apart. A weekday signal
(both leads name the same day: 0.63 of BASIL positives, 0.14 of negatives) lowered cross-validated recall, as did
every weighting and L2 from 0.1 to 10: the threshold is set by the few hardest ECB+ pairs, not by averages.

Fourth pass: entity extraction mended (an abbreviation's dot no longer ended a sentence, so "Sen. Ted Cruz" and
"Mr. Trump" were lost to the sentence-initial rule; "Donald J. Trump" was cut at the initial; "and" glued two names
into one; "Ted Cruz of Texas" was one entity; a bare "Trump" went to the first full name with that surname, "Melania
Trump"), and the model refit on the issue's reading with \`time\` and \`leadNumberOverlap\` held at 0
(bench/lib/match-fit.ts says why).

Cross-validated (\`npm run bench:match -- --fit\`; each pair scored by a model and a threshold fit without its
BASIL year / ECB+ topic; the honest figures):

${cvTable}

With the shipped model (fit on all dev pairs, so these rows are training figures):

${table}

Model (src/match/model.ts, logistic regression, L2 = 1): p = σ(${weights} ${MATCH_MODEL.bias});
same story if p ≥ ${MATCH_MODEL.same} (the lowest cut-off with precision ≥ 0.98 on dev), |Δt| ≤ ${MATCH_RULES.maxGapHours} h (unknown dates pass) and body cosine ≥ ${MATCH_RULES.minCosine};
related if p ≥ ${MATCH_MODEL.related} or entity overlap ≥ ${MATCH_RULES.relatedEntities}. Signals: body, lead (title + first 60 words) and
content-bigram TF-IDF cosines with the batch as IDF; salience- and batch-IDF-weighted entity overlap, and the same over
people only; shared-quote share; time Gaussian (σ 3 d, 0.5 unknown; weight 0) and an in-window flag; Jaccard of the
numbers in the text, and whether the leads agree on a number (\`numberAgreement\`).

ECB+ other-event pairs with the shipped model, undated as the corpus gives them, ${hardTotal} pairs: ${hard['same-story']} same-story (${pct(hard['same-story'])}),
${hard.related} related (${pct(hard.related)}), ${hard.different} different (${pct(hard.different)}).

**Target (P ≥ 0.97 with R ≥ 0.95 on BASIL + ECB+ dev), issue's reading: ${targetVerdict}**:
cross-validated P ${f(fitted.cv.all.precision)} R ${f(fitted.cv.all.recall)} (${fitted.cv.all.tp} of 150 BASIL positives; 0.95 needs 143); over ${repeated.repeats} shuffled deals
P ${f(repeated.pooled.precision)} R ${f(repeated.pooled.recall)} pooled, recall ${f(repeated.recallRange[0])}–${f(repeated.recallRange[1])} by deal. Strict reading: P ${f(shippedOnStrict.cv.all.precision)} R ${f(shippedOnStrict.cv.all.recall)}
with the shipped model, P ${f(strictFit.cv.all.precision)} R ${f(strictFit.cv.all.recall)} with a model fit for it; out of reach for the reasons below.
AllSides leads (not fitted; the body floor was checked on it; roundups of one week share people and numbers across stories): P ${f(asResult.precision)} R ${f(asResult.recall)}.

Earlier passes, for the record: first pass (hand-set weights) BASIL P 0.980 R 0.993, ECB+ strict P 0.975 R 0.492;
third pass (strict reading, ecbplus page dates dropped from the text, a label leak: only ecbplus pages carried
dates, and their shared years told the sub-corpora apart) cross-validated BASIL + ECB+ strict P 0.970 R 0.595.
Signals tried in the third pass on the strict reading and not shipped
(\`npm run bench:match -- --experiments\`, bench/lib/match-experiments.ts; every row cross-validated as above; "pooled" =
all out-of-fold probabilities on one curve, recall read at a precision floor, threshold chosen on the test pairs, so
only a check of whether a signal ranks pairs better rather than merely moving the operating point):

${experimentTable}

Also tried, no gain at equal precision (out-of-fold recall at P 0.97 stayed 0.59–0.60): plain-TF cosines of body, lead and
bigrams (no batch IDF, against the batch IDF burying the majority story's own words), square roots and pairwise products
of the signals (a non-linear model), a mean best-sentence overlap, and every signal computed with 8 others as batch
instead of the topic. The bridge (a pair is the same story when both match a third article confidently: max over c of
min(p(a,c), p(b,c)), stacked so training pairs see out-of-fold first-stage scores) and the sentence match buy recall only
by spending precision: below 0.97 cross-validated, and no better ranking. The earlier batch-structure experiment
(correlation of similarity profiles, mutual nearest-neighbour rank: P 0.962 R 0.875, BASIL P 0.94) leaned on every
topic holding exactly two events and is not repeated.

Why the rest is out of reach for these signals, from reading the ECB+ false negatives per topic: (1) ECB+ positives are
sub-corpora, not single reports. Topic 19's ECB side spans weeks of Greek riots (day six, calm after eight days, the
ricochet post-mortem, the officer charged, an essay on university asylum); topic 13's holds a reader's letter about
Palin next to reports of the church fire; topic 5's ecbplus side holds the Cheeks hiring and also a Dalembert contract
and an NCAA ruling; topic 10's the Red Sox, Nationals and "not headed to Boston" Teixeira stories. With real dates most
of these would be follow-ups days apart, which the product calls \`related\` by design (the 96 h window); the corpus
gives no dates, so they count as misses here. (2) Same-sub-corpus pairs that are different angles share only the
topic's words, which the other event shares too. (3) ECB documents have no title: the headline is glued to the
front of sentence 0 ("Fresh wave of rioting hits Greece There's been more rioting…") and is not split off.
Sentence embeddings (not available here) remain the next step.

Pre-ranking (\`preRank\`, titles only, UCI News Aggregator head, ${recall.queries} headlines sampled evenly,
candidates = every other headline of the same day, ${recall.meanCandidates.toFixed(0)} on average; recall@8 =
same-story headlines in the top 8 / min(8, same-story outlets available)): **recall@8 ${f(recall.recall)}**
(precision@8 ${f(recall.precision)}); ${recall.msPerQuery.toFixed(1)} ms per query. The query is widened by pseudo-relevance feedback
(the centroid of its 5 best first-pass headlines, weight 1), chosen on this sample; on a disjoint sample of
${recallCheck.queries} headlines recall@8 is ${f(recallCheck.recall)} (first pass, without feedback: 0.890 on this sample, 0.896 on the other).

Per-pair scoring time (one reader × 8 candidates, batch as IDF context, median): cold ${time.cold.toFixed(0)} µs
(all 9 articles analysed inside the call, i.e. the first candidate of a click), warm ${time.warm.toFixed(0)} µs (features
cached by article object, i.e. every later candidate).
`;

console.log(section);
if (write) {
  const file = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = /## Story matching\n[\s\S]*?(?=\n## |$)/;
  const next = re.test(current) ? current.replace(re, section.trimEnd() + '\n') : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  console.log(`wrote the "Story matching" section of ${file}`);
}

function safe(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}
