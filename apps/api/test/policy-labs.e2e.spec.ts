import { MembershipRole } from '@inclusion/identity';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

describe('Policy Labs and micro-experimentations', () => {
  let api: ApiHarness;
  let tenant: Tenant;
  let coordinator: string;
  let newcomer: string;
  let localActor: string;
  let observer: string;
  let editionId: string;
  const as = (token: string) => ({ token, tenant: tenant.slug });
  const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0].extensions?.reason ?? result.errors?.[0].extensions?.code;

  const activity = async (kind: string) =>
    (
      await api.client.ok<{ scheduleActivity: { id: string } }>(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        {
          input: {
            editionId,
            kind,
            title: kind,
            startsAt: '2030-10-07T09:00:00Z',
            durationMinutes: 240,
            languages: ['fr'],
          },
        },
        as(coordinator),
      )
    ).scheduleActivity.id;

  const createLab = (input: Record<string, unknown>) =>
    api.client.request<{ createPolicyLab: { id: string } }>(
      `mutation($input: CreatePolicyLabInput!) { createPolicyLab(input: $input) { id } }`,
      {
        input: {
          editionId,
          title: 'Accès à l’information',
          problem: 'Les informations municipales ne parviennent pas aux nouveaux arrivants.',
          ...input,
        },
      },
      as(coordinator),
    );

  const addArtefact = (token: string, labId: string, step: string, kind: string, title: string) =>
    api.client.request<{ addLabArtefact: { id: string } }>(
      `mutation($input: AddLabArtefactInput!) { addLabArtefact(input: $input) { id } }`,
      { input: { labId, step, kind, title } },
      as(token),
    );

  beforeAll(async () => {
    api = await startApi();
    tenant = await api.factories.newTenant({ name: 'Ville de Clermont-Ferrand' });
    coordinator = await api.factories.signIn(await api.factories.newUser({ tenant }));
    newcomer = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Newcomer] }),
    );
    localActor = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.LocalActor] }),
    );
    observer = await api.factories.signIn(
      await api.factories.newUser({ tenant, roles: [MembershipRole.Observer] }),
    );
    const templateVersionId = await api.factories.builtInTemplate(coordinator);
    editionId = (
      await api.client.ok<{ createEdition: { id: string } }>(
        `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
        {
          input: {
            name: 'Pilote',
            templateVersionId,
            startDate: '2030-02-04',
          },
        },
        as(coordinator),
      )
    ).createEdition.id;
  });
  afterAll(() => api.close());

  it('opens a lab on a problem chosen at a framing session, not at any activity', async () => {
    const workshop = await activity('POLICY_LAB_WORKSHOP');
    expect(reasonOf(await createLab({ framingSessionId: workshop }))).toBe('WRONG_ACTIVITY_KIND');
    const framing = await activity('FRAMING_SESSION');
    const lab = await createLab({ framingSessionId: framing });
    const seen = await api.client.ok<{
      policyLab: { currentStep: string; framingSession: { id: string } };
    }>(
      `query($id: ID!) { policyLab(id: $id) { currentStep framingSession { id } } }`,
      { id: lab.data!.createPolicyLab.id },
      as(newcomer),
    );
    expect(seen.policyLab).toEqual({
      currentStep: 'SHARED_DIAGNOSIS',
      framingSession: { id: framing },
    });
  });

  it('goes through the four steps; both cohorts add and back ideas, observers only read', async () => {
    const labId = (await createLab({})).data!.createPolicyLab.id;
    expect(
      (
        await addArtefact(
          newcomer,
          labId,
          'SHARED_DIAGNOSIS',
          'FINDING',
          'Le site est en français seulement',
        )
      ).errors,
    ).toBeUndefined();
    expect(reasonOf(await addArtefact(newcomer, labId, 'IDEATION', 'IDEA', 'Trop tôt'))).toBe(
      'LAB_STEP_NOT_REACHED',
    );
    expect(reasonOf(await addArtefact(observer, labId, 'SHARED_DIAGNOSIS', 'FINDING', 'Non'))).toBe(
      'FORBIDDEN',
    );
    // Everyone in the lab sees who contributed, by name; nobody gets their contact details.
    const byObserver = await api.client.ok<{
      policyLab: { steps: { artefacts: { author: { displayName: string } }[] }[] };
    }>(
      `query($id: ID!) { policyLab(id: $id) { steps { artefacts { author { displayName } } } } }`,
      { id: labId },
      as(observer),
    );
    expect(byObserver.policyLab.steps[0].artefacts[0].author.displayName).toBeTruthy();
    expect(
      await api.client.codes(
        `query($id: ID!) { policyLab(id: $id) { steps { artefacts { author { email } } } } }`,
        { id: labId },
        as(observer),
      ),
    ).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const advance = () =>
      api.client.request<{ advancePolicyLabStep: { currentStep: string } }>(
        `mutation($id: ID!) { advancePolicyLabStep(id: $id) { currentStep } }`,
        { id: labId },
        as(coordinator),
      );
    expect((await advance()).data?.advancePolicyLabStep.currentStep).toBe('IDEATION');
    const idea = (
      await addArtefact(
        localActor,
        labId,
        'IDEATION',
        'IDEA',
        'Un guide d’accueil en anglais et en FALC',
      )
    ).data!.addLabArtefact.id;
    const support = (token: string, mutation = 'supportIdea', id = idea) =>
      api.client.request(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, as(token));
    await support(newcomer);
    await support(newcomer);
    await support(localActor);
    const finding = await api.client.ok<{
      policyLab: { steps: { artefacts: { id: string; kind: string }[] }[] };
    }>(
      `query($id: ID!) { policyLab(id: $id) { steps { artefacts { id kind } } } }`,
      { id: labId },
      as(newcomer),
    );
    const findingId = finding.policyLab.steps[0].artefacts[0].id;
    expect(reasonOf(await support(newcomer, 'supportIdea', findingId))).toBe('NOT_AN_IDEA');

    const count = async (token: string) =>
      (
        await api.client.ok<{
          policyLab: {
            steps: {
              step: string;
              reached: boolean;
              artefacts: { supporters: number | null; supportedByMe: boolean }[];
            }[];
          };
        }>(
          `query($id: ID!) { policyLab(id: $id) { steps { step reached artefacts { supporters supportedByMe } } } }`,
          { id: labId },
          as(token),
        )
      ).policyLab.steps;
    const steps = await count(newcomer);
    expect(steps.map((s) => [s.step, s.reached])).toEqual([
      ['SHARED_DIAGNOSIS', true],
      ['IDEATION', true],
      ['PROTOTYPING', false],
      ['TEST', false],
    ]);
    expect(steps[1].artefacts).toEqual([{ supporters: 2, supportedByMe: true }]);
    await support(newcomer, 'withdrawIdeaSupport');
    expect((await count(newcomer))[1].artefacts).toEqual([{ supporters: 1, supportedByMe: false }]);

    await advance();
    await advance();
    expect(reasonOf(await advance())).toBe('LAB_AT_LAST_STEP');
  });

  it('runs a micro-experimentation to a decision, refusing steps out of order', async () => {
    const labId = (await createLab({})).data!.createPolicyLab.id;
    const create = (input: Record<string, unknown>, token = coordinator) =>
      api.client.request<{ createMicroExperimentation: { id: string; status: string } }>(
        `mutation($input: CreateExperimentInput!) { createMicroExperimentation(input: $input) { id status } }`,
        {
          input: {
            labId,
            title: 'Guide « Bienvenue à Clermont-Ferrand »',
            hypothesis:
              'Un guide en anglais et en FALC aide les nouveaux arrivants à trouver les services.',
            cityService: 'Direction de la citoyenneté',
            successIndicators: ['Questionnaire : 70 % trouvent le guide utile'],
            ...input,
          },
        },
        as(token),
      );
    expect(reasonOf(await create({ startDate: '2024-12-20', endDate: '2024-12-01' }))).toBe(
      'INVALID_DATE_RANGE',
    );
    expect(reasonOf(await create({}, newcomer))).toBe('FORBIDDEN');
    const id = (await create({ startDate: '2024-12-02', endDate: '2025-04-27' })).data!
      .createMicroExperimentation.id;

    const conclude = () =>
      api.client.request<{ concludeMicroExperimentation: { status: string; decision: string } }>(
        `mutation($input: ConcludeExperimentInput!) {
           concludeMicroExperimentation(input: $input) { status decision }
         }`,
        {
          input: {
            id,
            results: '120 guides distribués, versions anglaise et FALC en ligne.',
            learnings: 'La carte en ligne des lieux cités est la plus consultée.',
            decision: 'SCALE_UP',
          },
        },
        as(coordinator),
      );
    expect(reasonOf(await conclude())).toBe('EXPERIMENT_TRANSITION_NOT_ALLOWED');
    await api.client.ok(
      `mutation($id: ID!) { startMicroExperimentation(id: $id) { status } }`,
      { id },
      as(coordinator),
    );
    expect((await conclude()).data?.concludeMicroExperimentation).toEqual({
      status: 'CONCLUDED',
      decision: 'SCALE_UP',
    });
    const abandon = await api.client.request(
      `mutation($input: AbandonExperimentInput!) { abandonMicroExperimentation(input: $input) { status } }`,
      { input: { id, learnings: 'Trop tard' } },
      as(coordinator),
    );
    expect(reasonOf(abandon)).toBe('EXPERIMENT_TRANSITION_NOT_ALLOWED');
  });

  it("lists each step's workshops, and only Policy Lab workshops can be one", async () => {
    const labId = (await createLab({})).data!.createPolicyLab.id;
    const scheduleIn = (kind: string, labStep: string) =>
      api.client.request<{ scheduleActivity: { id: string } }>(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        {
          input: {
            editionId,
            kind,
            title: `Atelier ${labStep}`,
            startsAt: '2030-11-04T09:00:00Z',
            durationMinutes: 240,
            languages: ['fr'],
            policyLabId: labId,
            labStep,
          },
        },
        as(coordinator),
      );
    const wrong = await scheduleIn('NETWORKING_EVENT', 'IDEATION');
    expect(reasonOf(wrong)).toBe('WRONG_ACTIVITY_KIND');
    const workshop = (await scheduleIn('POLICY_LAB_WORKSHOP', 'IDEATION')).data!.scheduleActivity
      .id;
    const { policyLab } = await api.client.ok<{
      policyLab: { steps: { step: string; workshops: { id: string }[] }[] };
    }>(
      `query($id: ID!) { policyLab(id: $id) { steps { step workshops { id } } } }`,
      { id: labId },
      as(newcomer),
    );
    expect(policyLab.steps.find((s) => s.step === 'IDEATION')!.workshops).toEqual([
      { id: workshop },
    ]);
    expect(policyLab.steps.find((s) => s.step === 'TEST')!.workshops).toEqual([]);
  });
});
