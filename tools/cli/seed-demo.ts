import type { INestApplicationContext } from '@nestjs/common';
import { TransactionRunner } from '@inclusion/database';
import { Edition, EditionService } from '@inclusion/editions';
import { AccountProvisioning, User } from '@inclusion/identity';
import { Tenant, TenantStatus } from '@inclusion/tenancy';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';
import { DEMO_FOLLOW_UP } from './follow-up-demo-data';
import { seedClermontLab } from './seed-clermont-lab';
import { seedCohorts } from './seed-cohorts';
import { seedFollowUp } from './seed-follow-up';
import { seedMentoring } from './seed-mentoring';
import { seedOpenCall } from './seed-open-call';
import { seedEdition } from './seed-edition';

/** A stable number per city, so its invented people are the same at every run. */
const seedOf = (slug: string): number =>
  [...slug].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7);

/** Idempotent: running it twice leaves one of everything. */
export async function seedDemo(app: INestApplicationContext): Promise<string[]> {
  const runner = app.get(TransactionRunner);
  const accounts = app.get(AccountProvisioning);
  const editions = app.get(EditionService);
  const lines: string[] = [];

  await runner.run({}, (em) =>
    accounts.ensureNetworkOperator(em, { ...DEMO_OPERATOR, password: DEMO_PASSWORD }),
  );
  lines.push(`network operator  ${DEMO_OPERATOR.email}  /  ${DEMO_PASSWORD}`);

  for (const demo of DEMO_TENANTS) {
    const tenantId = await runner.run({}, async (em) => {
      const existing = await em.findOne(Tenant, { slug: demo.tenant.slug });
      if (existing) return existing.id;
      const status = demo.onboarding ? TenantStatus.Onboarding : TenantStatus.Active;
      const tenant = em.create(Tenant, { ...demo.tenant, status });
      await em.flush();
      return tenant.id;
    });
    const { edition } = demo;
    await runner.run({ tenantId }, async (em) => {
      const { membership } = await accounts.ensureMember(
        em,
        tenantId,
        { ...demo.coordinator, password: DEMO_PASSWORD },
        demo.roles,
      );
      if (!edition) return;
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
      const seeded = await seedEdition(em, editions, tenant, edition.name, edition.startedWeeksAgo);
      if (demo.withPilotLab) await seedClermontLab(em, seeded, membership);
    });
    const { cohorts } = demo;
    if (edition && demo.onboarding) {
      await runner.run({ tenantId, system: true }, async (em) => {
        const seeded = await em.findOneOrFail(Edition, { name: edition.name });
        await seedOpenCall(em, seeded, demo.tenant.name.replace(/^Ville de /, ''));
      });
    }
    if (edition && cohorts) {
      await runner.run({ tenantId, system: true }, async (em) => {
        const seeded = await em.findOneOrFail(Edition, { name: edition.name });
        const coordinator = await em.findOneOrFail(User, { email: demo.coordinator.email });
        await seedCohorts(
          em,
          seeded,
          demo.tenant.name,
          cohorts,
          seedOf(demo.tenant.slug),
          coordinator.id,
        );
      });
    }
    const followUp = DEMO_FOLLOW_UP[demo.tenant.slug];
    if (edition && followUp) {
      await runner.run({ tenantId, system: true }, async (em) => {
        const seeded = await em.findOneOrFail(Edition, { name: edition.name });
        const coordinator = await em.findOneOrFail(User, { email: demo.coordinator.email });
        await seedFollowUp(em, seeded, followUp, coordinator.id);
      });
    }
    lines.push(
      `coordinator       ${demo.coordinator.email}  /  ${DEMO_PASSWORD}  (X-Tenant: ${demo.tenant.slug})`,
    );
  }
  lines.push(...(await seedMentoring(app)));
  return lines;
}
