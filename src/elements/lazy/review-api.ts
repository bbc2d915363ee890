// What <kpi-review> alone uses: the review, its words (the digest's and the element's own) and
// the Markdown it copies. A chunk of its own, loaded by that element, so the core's shared
// chunk and other pages stay without it.
export { civilKey, review, reviewMarkdown, reviewText } from '../../core/kit.js';
export { REVIEW_WORDS } from '../i18n/review-words.js';
