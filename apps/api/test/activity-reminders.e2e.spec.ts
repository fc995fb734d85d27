import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@inclusion/config';
import { ActivityRemindersService } from '@inclusion/editions';
import { MembershipRole } from '@inclusion/identity';
import { OutboxRelay } from '@inclusion/mail';
import { SmtpPeer, createPrivateDatabase, type PrivateDatabase } from '@inclusion/testing';
import { createWorker } from '@inclusion/worker';
import { startApi, type ApiHarness } from './harness';

const HOUR = 3600_000;

/** Reminders leave the day before an activity, once, through the outbox, in the person's language. */
describe('activity reminders', () => {
  let database: PrivateDatabase;
  let smtp: SmtpPeer;
  let api: ApiHarness;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    database = await createPrivateDatabase('reminders');
    smtp = await SmtpPeer.start();
    api = await startApi({
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
      MIGRATE_ON_START: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '60000',
      REMINDER_SCAN_MS: '3600000',
      QUEUE_PREFIX: `test_reminders_${Date.now().toString(36)}`,
    });
    worker = await createWorker(loadConfig());
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('reminds registered people once, and not those who cancelled', async () => {
    const tenant = await api.factories.newTenant({ name: 'Ville de Clermont-Ferrand' });
    const inTenant = (token: string) => ({ token, tenant: tenant.slug });
    const coordinator = await api.factories.signIn(await api.factories.newUser({ tenant }));
    const amina = await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] });
    const samir = await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] });
    const [aminaToken, samirToken] = await Promise.all([
      api.factories.signIn(amina),
      api.factories.signIn(samir),
    ]);
    const templateVersionId = await api.factories.builtInTemplate(coordinator);
    const { createEdition } = await api.client.ok<{ createEdition: { id: string } }>(
      `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
      {
        input: {
          name: 'Pilote',
          templateVersionId,
          startDate: new Date().toISOString().slice(0, 10),
        },
      },
      inTenant(coordinator),
    );
    const schedule = async (title: string, inHours: number) =>
      (
        await api.client.ok<{ scheduleActivity: { id: string } }>(
          `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
          {
            input: {
              editionId: createEdition.id,
              kind: 'POLICY_LAB_WORKSHOP',
              title,
              startsAt: new Date(Date.now() + inHours * HOUR).toISOString(),
              durationMinutes: 180,
              place: 'Maison des associations',
              languages: ['fr', 'en'],
              interpretationLanguages: ['ar'],
            },
          },
          inTenant(coordinator),
        )
      ).scheduleActivity.id;
    const register = (activityId: string, token: string) =>
      api.client.ok<{ registerForActivity: { id: string } }>(
        `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
        { id: activityId },
        inTenant(token),
      );
    const soon = await schedule('Atelier : accès à l’information', 5);
    const later = await schedule('Atelier : parrainage', 72);
    await register(soon, aminaToken);
    await register(later, aminaToken);
    const leaver = await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] });
    await register(soon, await api.factories.signIn(leaver));
    const members = await api.client.ok<{
      memberships: { edges: { node: { id: string; user: { email: string } } }[] };
    }>(
      `{ memberships(first: 50) { edges { node { id user { email } } } } }`,
      {},
      inTenant(coordinator),
    );
    const leaverMembership = members.memberships.edges.find(
      (e) => e.node.user.email === leaver.email,
    )!;
    await api.client.ok(
      `mutation($id: ID!) { revokeMembership(id: $id) { id } }`,
      { id: leaverMembership.node.id },
      inTenant(coordinator),
    );
    const cancelled = await register(soon, samirToken);
    await api.client.ok(
      `mutation($id: ID!) { cancelRegistration(id: $id) { id } }`,
      { id: cancelled.registerForActivity.id },
      inTenant(samirToken),
    );

    const reminders = worker.get(ActivityRemindersService);
    expect(await reminders.queueDue()).toBe(1);
    expect(await reminders.queueDue()).toBe(0);
    await worker.get(OutboxRelay).tick();

    const mail = await smtp.waitFor((received) => received.to.includes(amina.email), 15000);
    expect(mail.subject).toMatch(/accès à l’information/);

    // Moved by an hour: the reminder for the old time says nothing about the new one.
    await api.client.ok(
      `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`,
      { input: { id: soon, startsAt: new Date(Date.now() + 6 * HOUR).toISOString() } },
      inTenant(coordinator),
    );
    expect(await reminders.queueDue()).toBe(1);
    expect(mail.text).toMatch(/Maison des associations/);
    expect(mail.text).toMatch(/arabe/);
    expect(smtp.find((received) => received.to.includes(samir.email))).toEqual([]);
    expect(smtp.find((received) => received.to.includes(leaver.email))).toEqual([]);
  });
});
