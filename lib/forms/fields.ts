/** Hidden fields every public form carries: a honeypot people never see, and the signed start time. No imports: client forms use these names too. */
export const HONEYPOT_FIELD = 'website';
export const FORM_START_FIELD = 'formStart';
