import { createHash, randomBytes } from 'node:crypto';

/** Opaque, unguessable ids: they appear in thank-you URLs and in Stripe metadata. */
export const newDonationId = () => `don_${randomBytes(16).toString('base64url')}`;
export const newDeclarationId = () => `gad_${randomBytes(16).toString('base64url')}`;
export const newManageToken = () => randomBytes(24).toString('base64url');

/** Only the hash of a manage link's token is stored, so a database leak cannot open portals. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
