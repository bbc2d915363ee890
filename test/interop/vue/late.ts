import { createApp } from 'vue';
import App from './App.vue';

// The app renders the tags first; they are registered afterwards, as a lazy chunk would.
createApp(App).mount('#root');
setTimeout(() => void import('inbound-kpi-kit/define/all'), 200);
