import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

type Phase = {
  id: string;
  key: string;
  plannedStart: string;
  plannedEnd: string;
  status: string;
  deliverables: { id: string; key: string; mandatory: boolean }[];
};

const EDITION_FIELDS = `id status template { key version }
  phases { id key plannedStart plannedEnd status deliverables { id key mandatory } }`;

describe('editions run from methodology templates', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let token: string;
  let resilientCities: string;
  const inTenant = () => ({ token, tenant: tenant.slug });

  const createEdition = async (startDate: string, templateVersionId = resilientCities) =>
    (
      await api.client.ok<{ createEdition: { id: string; status: string; phases: Phase[] } }>(
        `mutation($input: CreateEditionInput!) { createEdition(input: $input) { ${EDITION_FIELDS} } }`,
        { input: { name: 'Édition pilote', templateVersionId, startDate } },
        inTenant(),
      )
    ).createEdition;

  const act = (mutation: string, input: Record<string, unknown>) =>
    api.client.request<Record<string, { status: string }>>(
      `mutation($input: ${mutation === 'skipPhase' ? 'SkipPhaseInput' : 'PhaseActionInput'}!) {
         ${mutation}(input: $input) { id status }
       }`,
      { input },
      inTenant(),
    );

  beforeAll(async () => {
    api = await startApi();
    tenant = await api.factories.newTenant();
    token = await api.factories.signIn(await api.factories.newUser({ tenant }));
    resilientCities = await api.factories.builtInTemplate(token);
  });
  afterAll(() => api.close());

  it('ships both methodologies, each phase named in French and English', async () => {
    const { methodologyTemplates } = await api.client.ok<{
      methodologyTemplates: {
        key: string;
        builtIn: boolean;
        phases: { name: { fr: string; en: string } }[];
      }[];
    }>(`{ methodologyTemplates { key builtIn phases { name { fr en } } } }`, {}, { token });
    const byKey = Object.fromEntries(methodologyTemplates.map((t) => [t.key, t]));
    expect(byKey['resilient-cities'].phases).toHaveLength(8);
    expect(byKey['inclucities-mentoring'].phases).toHaveLength(7);
    for (const template of methodologyTemplates.filter((t) => t.builtIn)) {
      for (const phase of template.phases) expect(phase.name.fr && phase.name.en).toBeTruthy();
    }
  });

  it('plans the phases from the start date, with the overlaps of the pilot', async () => {
    const edition = await createEdition('2024-02-05');
    const phase = (key: string) => edition.phases.find((p) => p.key === key)!;
    expect(edition.status).toBe('PLANNED');
    expect(phase('dual_track_training')).toMatchObject({
      plannedStart: '2024-03-18',
      plannedEnd: '2024-06-30',
    });
    expect(phase('policy_labs')).toMatchObject({
      plannedStart: '2024-10-07',
      plannedEnd: '2025-02-23',
    });
    expect(phase('micro_experimentations').plannedStart).toBe('2024-12-02');
    expect(phase('policy_labs').deliverables.some((d) => d.mandatory)).toBe(true);
  });

  it('walks a phase through its life, refusing bad transitions with a code', async () => {
    const edition = await createEdition('2024-02-05');
    const phase = edition.phases.find((p) => p.key === 'preparation_diagnostic')!;
    const reason = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      result.errors?.[0].extensions?.reason;

    expect(reason(await act('completePhase', { phaseId: phase.id }))).toBe(
      'PHASE_TRANSITION_NOT_ALLOWED',
    );
    expect((await act('startPhase', { phaseId: phase.id, on: '2024-02-05' })).data).toEqual({
      startPhase: { id: phase.id, status: 'ACTIVE' },
    });
    const running = await api.client.ok<{ edition: { status: string } }>(
      `query($id: ID!) { edition(id: $id) { status } }`,
      { id: edition.id },
      inTenant(),
    );
    expect(running.edition.status).toBe('RUNNING');

    const refused = await act('completePhase', { phaseId: phase.id });
    expect(reason(refused)).toBe('MANDATORY_DELIVERABLES_OPEN');
    expect(refused.errors?.[0].extensions?.details).toEqual({
      deliverables: phase.deliverables
        .filter((d) => d.mandatory)
        .map((d) => d.key)
        .sort(),
    });

    const complete = (deliverableId: string, evidence: Record<string, string>) =>
      api.client.request(
        `mutation($input: CompleteDeliverableInput!) { completeDeliverable(input: $input) { doneAt } }`,
        { input: { deliverableId, ...evidence } },
        inTenant(),
      );
    const [first, ...others] = phase.deliverables.filter((d) => d.mandatory);
    expect(reason(await complete(first.id, {}))).toBe('EVIDENCE_REQUIRED');
    await complete(first.id, { evidenceUrl: 'https://example.org/diagnostic.pdf' });
    for (const deliverable of others)
      await complete(deliverable.id, { evidenceNote: 'Validé en comité' });

    expect(reason(await act('completePhase', { phaseId: phase.id, on: '2024-01-15' }))).toBe(
      'INVALID_DATE_RANGE',
    );
    expect((await act('completePhase', { phaseId: phase.id, on: '2024-03-01' })).data).toEqual({
      completePhase: { id: phase.id, status: 'DONE' },
    });
    expect(reason(await complete(first.id, { evidenceNote: 'late' }))).toBe('PHASE_CLOSED');
    expect((await act('reopenPhase', { phaseId: phase.id })).data?.reopenPhase.status).toBe(
      'ACTIVE',
    );

    const sourcing = edition.phases.find((p) => p.key === 'sourcing_selection')!;
    const tooShort = await act('skipPhase', { phaseId: sourcing.id, reason: '' });
    expect(tooShort.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await act('skipPhase', { phaseId: sourcing.id, reason: 'Cohortes déjà constituées' })).data,
    ).toEqual({ skipPhase: { id: sourcing.id, status: 'SKIPPED' } });
  });

  it('refuses planned dates that end before they start', async () => {
    const edition = await createEdition('2025-06-02');
    const result = await api.client.request(
      `mutation($input: ReplanPhaseInput!) { replanPhase(input: $input) { id } }`,
      {
        input: {
          phaseId: edition.phases[0].id,
          plannedStart: '2025-07-01',
          plannedEnd: '2025-06-01',
        },
      },
      inTenant(),
    );
    expect(result.errors?.[0].extensions?.reason).toBe('INVALID_DATE_RANGE');
    const badDate = await api.client.request(
      `mutation($input: ReplanPhaseInput!) { replanPhase(input: $input) { id } }`,
      {
        input: {
          phaseId: edition.phases[0].id,
          plannedStart: '2025-02-30',
          plannedEnd: '2025-03-01',
        },
      },
      inTenant(),
    );
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('tells the coordinator what is late, what comes next and what is still open', async () => {
    const today = new Date();
    const weeksAgo = (weeks: number) =>
      new Date(today.getTime() - weeks * 7 * 86400000).toISOString().slice(0, 10);
    const edition = await createEdition(weeksAgo(5));
    const preparation = edition.phases.find((p) => p.key === 'preparation_diagnostic')!;
    await act('startPhase', { phaseId: preparation.id });

    const { whatsNext } = await api.client.ok<{
      whatsNext: {
        latePhases: { key: string }[];
        upcomingPhases: { key: string }[];
        openDeliverables: { key: string }[];
      };
    }>(
      `query($input: WhatsNextInput!) {
         whatsNext(input: $input) { latePhases { key } upcomingPhases { key } openDeliverables { key } }
       }`,
      { input: { editionId: edition.id, weeks: 12 } },
      inTenant(),
    );
    expect(whatsNext.latePhases.map((p) => p.key)).toEqual([
      'preparation_diagnostic',
      'sourcing_selection',
    ]);
    expect(whatsNext.upcomingPhases.map((p) => p.key)).toEqual(['dual_track_training']);
    // The watched phases' open deliverables: phase by phase, the mandatory ones first, by key.
    const sourcing = edition.phases.find((p) => p.key === 'sourcing_selection')!;
    expect(whatsNext.openDeliverables.map((d) => d.key)).toEqual(
      [preparation, sourcing].flatMap((phase) =>
        [...phase.deliverables]
          .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || a.key.localeCompare(b.key))
          .map((d) => d.key),
      ),
    );
    const elsewhere = await api.factories.newTenant();
    const outsider = await api.factories.signIn(
      await api.factories.newUser({ tenant: elsewhere, roles: [MembershipRole.Coordinator] }),
    );
    const foreign = await api.client.request(
      `query($input: WhatsNextInput!) { whatsNext(input: $input) { latePhases { key } } }`,
      { input: { editionId: edition.id, weeks: 12 } },
      { token: outsider, tenant: elsewhere.slug },
    );
    expect(foreign.errors?.[0].extensions?.reason).toBe('EDITION_NOT_FOUND');

    const timeline = await api.client.ok<{
      editionTimeline: { startsOn: string; phase: { key: string } }[];
    }>(
      `query($id: ID!) { editionTimeline(id: $id) { startsOn phase { key } } }`,
      { id: edition.id },
      inTenant(),
    );
    const starts = timeline.editionTimeline.map((entry) => entry.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(timeline.editionTimeline).toHaveLength(8);
  });

  it('publishes a new methodology version that running editions do not follow', async () => {
    const edition = await createEdition('2024-02-05');
    const operator = await api.factories.signIn(
      await api.factories.newUser({ networkOperator: true }),
    );
    const phase = {
      key: 'only_phase',
      order: 1,
      name: { fr: 'Phase unique', en: 'Single phase' },
      description: { fr: 'Tout en une fois.', en: 'All at once.' },
      typicalDurationWeeks: 10,
      deliverables: [{ key: 'report', label: { fr: 'Rapport', en: 'Report' }, mandatory: true }],
      activityKinds: ['OTHER'],
    };
    const publish = (phases: unknown[]) =>
      api.client.request<{ publishTemplateVersion: { key: string; version: number } }>(
        `mutation($input: PublishTemplateInput!) { publishTemplateVersion(input: $input) { key version } }`,
        {
          input: {
            key: 'resilient-cities',
            name: { fr: 'Villes résilientes', en: 'Resilient Cities' },
            description: { fr: 'Version courte.', en: 'Short version.' },
            phases,
          },
        },
        { token: operator },
      );
    const invalid = await publish([phase, { ...phase, order: 3 }]);
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_TEMPLATE',
    });
    expect(JSON.stringify(invalid.errors?.[0].extensions?.details)).toMatch(/phase keys repeat/);

    const published = await publish([phase]);
    expect(published.data?.publishTemplateVersion.version).toBeGreaterThanOrEqual(2);
    const kept = await api.client.ok<{ edition: { template: { version: number } } }>(
      `query($id: ID!) { edition(id: $id) { template { version } } }`,
      { id: edition.id },
      inTenant(),
    );
    expect(kept.edition.template.version).toBe(1);
  });

  it('lets a facilitator read the edition but not change it', async () => {
    const edition = await createEdition('2024-09-02');
    const facilitator = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Facilitator] }),
    );
    const options = { token: facilitator, tenant: tenant.slug };
    expect(
      await api.client.ok(
        `query($id: ID!) { edition(id: $id) { id } }`,
        { id: edition.id },
        options,
      ),
    ).toEqual({ edition: { id: edition.id } });
    expect(
      await api.client.codes(
        `mutation($input: PhaseActionInput!) { startPhase(input: $input) { id } }`,
        { input: { phaseId: edition.phases[0].id } },
        options,
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
