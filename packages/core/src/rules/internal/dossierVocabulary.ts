// The closed vocabularies of a dossier, written once: DossierSchema builds its enums from them, and the zod-free
// reader of well-formed dossiers (tryParseDossier) checks against them — so the two cannot drift apart.

/** How a citizen was told a result is ready (`citizen-notified`'s `channel`). */
export const NOTIFICATION_CHANNELS = [
  'sms',
  'email',
  'phone',
  'social-network',
  'portal',
  'letter',
  'in-person',
  'other',
] as const;

/** How a dossier was received (the dossier's `channel`). */
export const RECEPTION_CHANNELS = ['in-person', 'post', 'online'] as const;

/** What an apology is about (`apology-issued`'s `about`). */
export const APOLOGY_SUBJECTS = ['delay', 'supplement'] as const;
