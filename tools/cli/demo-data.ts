import type { MembershipRole } from '@inclusion/identity';
import type { TenantDraft } from '@inclusion/tenancy';

/** Demo accounts; the README lists them. Never use these outside a demo. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_OPERATOR = {
  email: 'operator@place.demo',
  displayName: 'PLACE Network (démo)',
  locale: 'fr' as const,
};

export const DEMO_TENANTS: {
  tenant: TenantDraft;
  coordinator: { email: string; displayName: string };
  roles: MembershipRole[];
}[] = [
  {
    tenant: {
      name: 'Ville de Lyon',
      slug: 'lyon',
      country: 'FR',
      kind: 'municipality' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: { email: 'coordination@lyon.demo', displayName: 'Coordination Lyon' },
    roles: ['coordinator' as MembershipRole],
  },
  {
    tenant: {
      name: 'Ville de Clermont-Ferrand',
      slug: 'clermont-ferrand',
      country: 'FR',
      kind: 'municipality' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: {
      email: 'coordination@clermont.demo',
      displayName: 'Coordination Clermont-Ferrand',
    },
    roles: ['coordinator' as MembershipRole],
  },
  {
    tenant: {
      name: 'Grenoble-Alpes Métropole',
      slug: 'grenoble-alpes-metropole',
      country: 'FR',
      kind: 'metropolis' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: {
      email: 'coordination@grenoble.demo',
      displayName: 'Coordination Grenoble-Alpes',
    },
    roles: ['coordinator' as MembershipRole],
  },
];
