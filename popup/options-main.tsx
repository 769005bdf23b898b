import { render } from 'preact';
import { createBrowserClient } from './client';
import { Options } from './Options';
import './popup.css';

render(<Options client={createBrowserClient()} />, document.getElementById('app')!);
