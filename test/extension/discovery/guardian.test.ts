// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyParagraphs, createGuardianProvider, parseGuardianResponse } from '../../../extension/discovery/guardian';
import { DEFAULT_SETTINGS } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, fixture, memoryStore, never, QUERY, recordingFetch } from './helpers';

describe('parseGuardianResponse', () => {
  it('turns bodyText into an Article-ready candidate', () => {
    const [first, second] = parseGuardianResponse(fixture('guardian-search.json'));
    expect(first).toMatchObject({
      url: 'https://www.theguardian.com/world/2026/mar/11/port-aldwin-ferry-strike',
      outlet: 'The Guardian',
      publishedTime: '2026-03-11T09:10:00Z',
      snippet: 'Crews walk out over rota changes as minister calls for talks',
      providers: ['guardian'],
    });
    expect(first.article?.paragraphs).toEqual([
      'Ferry crews in Port Aldwin walked out on Wednesday morning.',
      'About 4,000 passengers were left without a crossing, the union said.',
      'The transport minister, Mara Velden, called the strike regrettable.',
    ]);
    expect(second.article).toBeUndefined();
  });

  it.each([
    ['an error status', fixture('guardian-error.json'), 'http-error', 'The Guardian refused the search: The api key provided is invalid'],
    ['broken JSON', '{"response":', 'bad-response', 'The Guardian sent a broken answer.'],
    ['{}', '{}', 'bad-response', 'The Guardian sent an answer Parallax does not understand.'],
  ])('%s', (_n, body, code, message) => {
    expect(() => parseGuardianResponse(body)).toThrow(expect.objectContaining({ code, message }));
  });

  it('bodyParagraphs keeps one paragraph when there are no line breaks', () => {
    expect(bodyParagraphs('One.  Two.')).toEqual(['One. Two.']);
  });
});

describe('Guardian provider', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());

  it('is off without a key', () => {
    expect(createGuardianProvider({ fetch, store: memoryStore(), clock: fakeClock() }, DEFAULT_SETTINGS)).toBeNull();
  });

  it('searches with the key and returns full text', async () => {
    server.setItems('guardian', [
      { title: 'Aldwin ferry strike', url: 'https://www.theguardian.com/world/2026/mar/11/aldwin', outlet: 'The Guardian', published: '2026-03-11T09:00:00Z', bodyText: 'Para one.\nPara two.' },
    ]);
    const provider = createGuardianProvider({ fetch: recordingFetch(), store: memoryStore(), clock: fakeClock() }, { ...DEFAULT_SETTINGS, ...server.settings, guardianApiKey: 'test-key' })!;
    const [c] = await provider.search(QUERY, never);
    expect(c.article?.paragraphs).toEqual(['Para one.', 'Para two.']);
    expect(server.log.at(-1)!.params['api-key']).toBe('test-key');
  });
});
