// The popup's first script: classic, in popup.html's head, so it runs while the page is still being
// parsed, before the app's module (which waits for the parse and its imports). It starts reading the
// tab's article; the client the app builds picks the reading up (popup/client.ts, beginReading).
import { beginReading } from './client';

beginReading();
