import type { Role } from '../config/config';

/** Who is asking. Restricted facts are shown only to researchers and editors. */
export interface Viewer {
  subject: string | null;
  roles: ReadonlySet<Role>;
  seeRestricted: boolean;
}

export const ANONYMOUS: Viewer = { subject: null, roles: new Set(), seeRestricted: false };
