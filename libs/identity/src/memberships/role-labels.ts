import type { Locale, Translated } from '@inclusion/i18n';
import { MembershipRole } from './membership-role';

export const ROLE_LABELS: Record<MembershipRole, Translated> = {
  [MembershipRole.Coordinator]: { fr: 'Coordination', en: 'Coordinator' },
  [MembershipRole.Facilitator]: { fr: 'Animation', en: 'Facilitator' },
  [MembershipRole.LocalActor]: { fr: 'Acteur ou actrice locale', en: 'Local actor' },
  [MembershipRole.Newcomer]: {
    fr: 'Participant ou participante nouvellement arrivée',
    en: 'Newcomer participant',
  },
  [MembershipRole.Observer]: { fr: 'Observation', en: 'Observer' },
};

export const roleLabels = (roles: readonly MembershipRole[], locale: Locale): string[] =>
  roles.map((role) => ROLE_LABELS[role][locale]);
