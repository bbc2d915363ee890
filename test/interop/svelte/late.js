import { mount } from 'svelte';
import App from './App.svelte';

// The app renders the tags first; they are registered afterwards, as a lazy chunk would.
mount(App, { target: document.getElementById('root') });
setTimeout(() => void import('inbound-kpi-kit/define/all'), 200);
