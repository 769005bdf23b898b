import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import type { Article } from '../src/article';
import { extractFromHtml, type ExtractedArticle } from '../extension/content/extract';
import { CliError } from './errors';
import { articleFromText, outletFromSource } from './load-text';

const MAX_BYTES = 5 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

export type Loaded = { article: Article; extracted?: ExtractedArticle };

/** A source is a .txt or .html file, or an http(s) URL. Every failure becomes one plain sentence. */
export async function loadSource(source: string, originalUrl?: string): Promise<Loaded> {
  if (/^https?:\/\//i.test(source)) return loadUrl(source);
  const ext = extname(source).toLowerCase();
  const bytes = await readLocal(source);
  if (looksBinary(bytes)) throw new CliError(`${source} is a binary file, not text or HTML.`);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*(<!doctype html|<html)/i.test(text))) {
    return fromHtml(text, originalUrl ?? pathToFileURL(resolve(source)).href, source);
  }
  return { article: articleFromText(text, source) };
}

async function readLocal(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`${path}: no such file.`);
  }
  if (info.isDirectory()) throw new CliError(`${path} is a folder, not a file.`);
  if (info.size > MAX_BYTES) throw new CliError(`${path} is larger than 5 MB; Parallax reads articles, not archives.`);
  if (info.size === 0) throw new CliError(`${path} is empty.`);
  return new Uint8Array(await readFile(path));
}

/** NUL bytes or a high share of control characters in the first 8 KB: the same test git uses, widened. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function fromHtml(html: string, url: string, source: string): Loaded {
  const result = extractFromHtml(html, url, new DOMParser() as unknown as { parseFromString(s: string, t: 'text/html'): Document }, { localFile: true });
  if (!result.ok) throw new CliError(`${source}: ${result.message}`);
  // A saved page without a site name of its own is named after its file.
  const article = result.article.outlet ? result.article : { ...result.article, outlet: outletFromSource(source) };
  return { article, extracted: article };
}

async function loadUrl(url: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,text/plain' } });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new CliError(timedOut ? `${url} did not answer within ${FETCH_TIMEOUT_MS / 1000} s.` : `${url} could not be reached.`);
  }
  if (!response.ok) throw new CliError(`${url} answered HTTP ${response.status}.`);
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const isHtml = type.includes('html');
  if (!isHtml && !type.startsWith('text/plain')) {
    throw new CliError(`${url} is not a web page (${type.split(';')[0] || 'unknown type'}).`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new CliError(`${url} is larger than 5 MB.`);
  const charset = /charset=([^;]+)/.exec(type)?.[1]?.trim() ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return isHtml ? fromHtml(text, response.url || url, url) : { article: articleFromText(text, url) };
}
