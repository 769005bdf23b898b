// First use only: who receives what when Parallax searches, before anything is sent. The same text is
// on the options page and in the README; the button is the reader's consent and the gesture the
// browser needs to grant the search providers' sites.
// Plain English strings for now: the UI engineer moves them into _locales/ with the rest.

export const PRIVACY_POINTS = [
  'Nothing is sent anywhere until you click. Parallax has no server and no account, and collects no analytics.',
  'News search services (Bing News, Google News, GDELT, and The Guardian if you add a key) receive only a few keywords taken from the article, its language and a date range: never the address of the page you are reading, nor its text.',
  'The outlets whose versions Parallax reads see an ordinary page request from your browser, without your cookies, so they cannot tell it is you and a metered paywall does not count it.',
  'Your own open tabs and your Parallax reading history are searched on this computer only.',
  'Each service can be switched off in the options, where you can also clear the history.',
];

export function SearchPrivacy({ onSearch, onOptions }: { onSearch: () => void; onOptions: () => void }) {
  return (
    <section class="notice search-privacy" data-testid="search-privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Find this story at other outlets</h2>
      <ul>
        {PRIVACY_POINTS.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" data-testid="search-start" onClick={onSearch}>
          Search other outlets
        </button>{' '}
        <button type="button" class="link" onClick={onOptions}>
          Choose services
        </button>
      </p>
    </section>
  );
}
