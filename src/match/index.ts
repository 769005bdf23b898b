// The story matcher's public face: same-story verdicts, search queries, pre-ranking, wire-copy groups.
export { matchStory, type MatchContext, type MatchEvidence, type MatchResult, type Verdict } from './story';
export { buildQuery, type StoryQuery } from './query';
export { preRank, type Candidate, type RankedCandidate } from './prerank';
export { wireCopyGroups } from './minhash';
export { normaliseUrl, registrableDomain, outletKey } from './url';
