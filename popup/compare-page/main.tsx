import { render } from 'preact';
import { installBrowserMessages } from '../client';
import '../popup.css';
import './compare.css';
import { ComparePage } from './ComparePage';
import { loadHandoff } from './handoff';

installBrowserMessages();
const handoff = loadHandoff(localStorage, new URLSearchParams(location.search).get('key'));
render(<ComparePage handoff={handoff} />, document.getElementById('app')!);
