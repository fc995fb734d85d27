import { randomBytes } from 'node:crypto';
import { newId } from '@inclusion/database';
import type { QueuedMail } from '@inclusion/mail';

const TENANTS = [
  { id: newId(), name: 'Ville de Lyon', timeZone: 'Europe/Paris' },
  { id: newId(), name: 'Clermont-Ferrand', timeZone: 'Europe/Paris' },
  { id: newId(), name: 'Grenoble-Alpes Métropole', timeZone: 'Europe/Paris' },
  { id: newId(), name: 'Ville de Besançon', timeZone: 'Europe/Paris' },
];

const TITLES = [
  'Guichet unique d’accueil des nouveaux arrivants',
  'Traduction du guide d’accueil en anglais et en FALC',
  'Parrainage entre pairs dans les quartiers',
  'Carte en ligne des lieux d’accueil',
];

const day = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The owner's reminder the follow-up queues: three commitments needing attention. */
function commitmentReminder(index: number, to: string): QueuedMail {
  const tenant = TENANTS[index % TENANTS.length];
  return {
    tenantId: tenant.id,
    template: 'commitment-reminder',
    to,
    locale: index % 3 === 0 ? 'en' : 'fr',
    timeZone: tenant.timeZone,
    params: {
      displayName: `Responsable ${index}`,
      tenantName: tenant.name,
      validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      commitments: [
        {
          title: TITLES[index % 4],
          dueDate: day(-12),
          attention: 'overdue',
          progress: 40,
          lastUpdateOn: day(-40),
        },
        {
          title: TITLES[(index + 1) % 4],
          dueDate: day(5),
          attention: 'due_soon',
          progress: 75,
          lastUpdateOn: day(-3),
        },
        {
          title: TITLES[(index + 2) % 4],
          dueDate: day(60),
          attention: 'stale',
          progress: 10,
          lastUpdateOn: day(-70),
        },
      ],
    },
  };
}

/** A coordinator's invitation: a link whose secret is sealed in the row until it leaves. */
function invitation(index: number, to: string): QueuedMail {
  const tenant = TENANTS[index % TENANTS.length];
  return {
    tenantId: tenant.id,
    template: 'invitation',
    to,
    locale: index % 2 === 0 ? 'fr' : 'en',
    timeZone: tenant.timeZone,
    params: {
      tenantName: tenant.name,
      inviterName: 'Awa Diallo',
      roleLabels: index % 2 === 0 ? ['Coordination'] : ['Coordinator'],
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
    secret: randomBytes(32).toString('base64url'),
  };
}

/**
 * The `index`-th mail of the run, to an address of its own (the benchmark's second way to tell
 * mails apart): four in five are commitment reminders, one in five an invitation, over four
 * cities, in French and English.
 */
export function sampleMail(index: number): QueuedMail {
  const to = `person-${index}@bench.example.org`;
  return index % 5 === 4 ? invitation(index, to) : commitmentReminder(index, to);
}
