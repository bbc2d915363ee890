// The single-file build for plain pages: registers every element and exports the API.
//   <script type="module" src="…/inbound-kpi-kit.js"></script>
import './define/all.js';

export * from './index.js';
