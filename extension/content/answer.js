// Injected right after content.js, in the same scripting.executeScript call (extension/background/
// extract-tab.ts). A script file's value is the value of its last expression, and the call resolves with
// the last file's: this one's is the page's article, so the injection itself brings the answer back.
// Plain JavaScript, copied as it is: a bundler's wrapper would turn the expression into a statement.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the value is the point
window.__parallaxAnswer ? window.__parallaxAnswer() : null;
