import type { MembershipRole } from '@inclusion/identity';
import type { TenantDraft } from '@inclusion/tenancy';

/** Demo accounts; the README lists them. Never use these outside a demo. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_OPERATOR = {
  email: 'operator@place.demo',
  displayName: 'PLACE Network (démo)',
  locale: 'fr' as const,
};

export interface DemoTenant {
  tenant: TenantDraft;
  coordinator: { email: string; displayName: string };
  roles: MembershipRole[];
  /** Just onboarded: nothing has started yet. */
  onboarding?: boolean;
  /**
   * Where its Resilient Cities edition stands today: started this many weeks ago (negative: it
   * starts later), so the demo always shows a live calendar. None for a city that only takes part
   * in a mentoring pair.
   */
  edition?: { name: string; startedWeeksAgo: number };
  /** Seeds the city's Policy Lab and micro-experimentations from the pilot. */
  withPilotLab?: boolean;
  /** Its two cohorts, selected; `trained`: the questionnaires after the training are answered. */
  cohorts?: { newcomers: number; publicActors: number; trained: boolean };
}

export const DEMO_TENANTS: DemoTenant[] = [
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
    // In follow-up: the city's commitments after the public restitution.
    edition: { name: 'Villes résilientes — édition pilote', startedWeeksAgo: 70 },
    cohorts: { newcomers: 17, publicActors: 19, trained: true },
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
    // Policy Labs still running while the first micro-experimentations are tested.
    edition: { name: 'Villes résilientes — édition pilote', startedWeeksAgo: 48 },
    withPilotLab: true,
    // As in the pilot: 14 exiled persons and 20 local actors.
    cohorts: { newcomers: 14, publicActors: 20, trained: true },
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
    // In the dual-track training.
    edition: { name: 'Villes résilientes — édition pilote', startedWeeksAgo: 12 },
    cohorts: { newcomers: 16, publicActors: 18, trained: false },
  },
  {
    tenant: {
      name: 'Ville de Besançon',
      slug: 'besancon',
      country: 'FR',
      kind: 'municipality' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: { email: 'coordination@besancon.demo', displayName: 'Coordination Besançon' },
    roles: ['coordinator' as MembershipRole],
    onboarding: true,
    edition: { name: 'Villes résilientes — deuxième édition', startedWeeksAgo: -3 },
  },
  // An IncluCities-style pair (see mentoring-demo-data.ts): Rennes mentors Brest. Neither runs a
  // Resilient Cities edition.
  {
    tenant: {
      name: 'Ville de Rennes',
      slug: 'rennes',
      country: 'FR',
      kind: 'municipality' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: { email: 'coordination@rennes.demo', displayName: 'Coordination Rennes' },
    roles: ['coordinator' as MembershipRole],
  },
  {
    tenant: {
      name: 'Ville de Brest',
      slug: 'brest',
      country: 'FR',
      kind: 'municipality' as TenantDraft['kind'],
      defaultLocale: 'fr',
      timeZone: 'Europe/Paris',
    },
    coordinator: { email: 'coordination@brest.demo', displayName: 'Coordination Brest' },
    roles: ['coordinator' as MembershipRole],
  },
];
