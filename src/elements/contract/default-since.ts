/** How far back `since` goes when the page does not say: a week of meetings (the review and the dashboard's meeting view alike). */
export const DEFAULT_SINCE_DAYS = 7;
