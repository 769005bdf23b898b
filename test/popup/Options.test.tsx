import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockClient } from '../../popup/mock-client';
import { DEFAULT_SETTINGS } from '../../extension/messages';
import { Options } from '../../popup/Options';

afterEach(cleanup);

describe('Options page', () => {
  it('loads the stored settings and saves changes', async () => {
    const client = createMockClient({ settings: { ...DEFAULT_SETTINGS, showCosmetic: true, fetchTimeoutSeconds: 15 } });
    render(<Options client={client} />);
    await waitFor(() => expect(screen.getByTestId('options').getAttribute('data-status')).toBe('idle'));
    // "Hide house style by default" is the popup switch's wording: checked = house style hidden.
    const box = screen.getByTestId('hide-style-default') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.input(screen.getByTestId('fetch-timeout'), { target: { value: '25' } });
    fireEvent.click(screen.getByTestId('palette-contrast'));
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
    expect(client.stored).toEqual({ ...DEFAULT_SETTINGS, showCosmetic: false, fetchTimeoutSeconds: 25, highlightPalette: 'contrast' });
  });

  it('switches providers, takes a key, and clears the history with its count shown', async () => {
    const client = createMockClient({ historyEntries: 42 });
    render(<Options client={client} />);
    await waitFor(() => expect(screen.getByTestId('options').getAttribute('data-status')).toBe('idle'));
    await waitFor(() => expect(screen.getByTestId('history-hint').textContent).toContain('42 kept now.'));
    fireEvent.click(screen.getByTestId('provider-gdelt'));
    fireEvent.input(screen.getByTestId('guardian-key'), { target: { value: ' key-123 ' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
    expect(client.stored.providers.gdelt).toBe(false);
    expect(client.stored.guardianApiKey).toBe(' key-123 ');
    fireEvent.click(screen.getByTestId('clear-history'));
    await waitFor(() => expect(screen.getByTestId('history-hint').textContent).toContain('0 kept now.'));
  });

  it('switches Google News top stories, which only Google News being on makes available', async () => {
    const client = createMockClient();
    render(<Options client={client} />);
    await waitFor(() => expect(screen.getByTestId('options').getAttribute('data-status')).toBe('idle'));
    const box = screen.getByTestId('google-top-stories') as HTMLInputElement;
    expect([box.checked, box.disabled]).toEqual([true, false]);
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('provider-google-news'));
    expect(box.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
    expect(client.stored).toMatchObject({ googleNewsTopStories: false, providers: { 'google-news': false } });
  });

  it('edits the "use my subscription" sites, one per line, and shows them as the background stored them', async () => {
    const client = createMockClient({ subscriptions: ['example-times.com'] });
    render(<Options client={client} />);
    await waitFor(() => expect((screen.getByTestId('subscriptions') as HTMLTextAreaElement).value).toBe('example-times.com'));
    fireEvent.input(screen.getByTestId('subscriptions'), { target: { value: 'example-times.com\n  WWW.Daily-Example.org \n\n' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
    expect(client.calls.filter((c) => c.method === 'setSubscriptions').at(-1)?.args[0]).toEqual(['example-times.com', 'WWW.Daily-Example.org']);
    expect((screen.getByTestId('subscriptions') as HTMLTextAreaElement).value).toBe('example-times.com\ndaily-example.org');
  });

  it('shows what was actually stored (the background clamps the timeout)', async () => {
    const client = createMockClient();
    client.setSettings = async (s) => ({ ok: true, value: { ...DEFAULT_SETTINGS, fetchTimeoutSeconds: Math.min(60, s.fetchTimeoutSeconds ?? 15) } });
    render(<Options client={client} />);
    await waitFor(() => expect(screen.getByTestId('options').getAttribute('data-status')).toBe('idle'));
    fireEvent.input(screen.getByTestId('fetch-timeout'), { target: { value: '999' } });
    // The button would be stopped by the input's own max=60 validation; submit directly, as a script could.
    fireEvent.submit(screen.getByTestId('save').closest('form')!);
    await waitFor(() => expect((screen.getByTestId('fetch-timeout') as HTMLInputElement).value).toBe('60'));
  });

  it('reports a failed save in a plain sentence', async () => {
    const client = createMockClient();
    client.setSettings = async () => ({ ok: false, error: { code: 'internal', detail: 'quota' } });
    render(<Options client={client} />);
    await waitFor(() => expect(screen.getByTestId('options').getAttribute('data-status')).toBe('idle'));
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => screen.getByRole('alert'));
    expect(screen.getByTestId('save-status').textContent).toBe('');
  });
});
