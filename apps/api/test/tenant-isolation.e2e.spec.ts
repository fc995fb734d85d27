import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MembershipRole, type User } from '@inclusion/identity';
import { ApplicationStatus, Cohort, type ParticipantCall } from '@inclusion/participants';
import type { Tenant } from '@inclusion/tenancy';
import { startApi, type ApiHarness } from './harness';

/**
 * Tenant A's people aim at tenant B's records through every operation of the schema, and get
 * "not found" or nothing. The list of cases is checked against the schema itself: a new operation
 * without a case here fails the suite.
 */
describe('tenant isolation, operation by operation', () => {
  let api: ApiHarness;
  let tenantA: Tenant;
  let tenantB: Tenant;
  let coordinatorA: User;
  let coordinatorB: User;
  let tokenA: string;
  let tokenB: string;
  let membershipB: string;
  let invitationB: string;
  let activityB: string;
  let labB: string;
  let ideaB: string;
  let experimentB: string;
  let registrationB: string;
  let callB: ParticipantCall;
  let draftCallB: ParticipantCall;
  let applicationB: string;
  let certificateB: { id: string; code: string };
  let claimB: string;
  let questionnaireB: string;
  let logbookEntryB: string;
  let recommendationB: string;
  let draftRecommendationB: string;
  let commitmentB: string;
  let publishedCommitmentB: string;
  let partnershipB: string;
  let planActionB: string;
  let planVersionB: string;
  let criterion: { id: string; keyFactors: { id: string }[]; indicators: { id: string }[] };
  let newcomerTokenA: string;
  let editionB: { id: string; phases: { id: string; deliverables: { id: string }[] }[] };

  const asA = (query: string, variables: Record<string, unknown> = {}, tenant = tenantA.slug) =>
    api.client.request(query, variables, { token: tokenA, tenant });
  const codesAsA = async (
    query: string,
    variables: Record<string, unknown> = {},
    tenant = tenantA.slug,
  ) => ((await asA(query, variables, tenant)).errors ?? []).map((error) => error.extensions?.code);

  /** What tenant B's coordinator sees of B, to prove a failed attack changed nothing. */
  const bState = async () =>
    api.client.ok(
      `{ memberships(first: 100) { edges { node { id roles status } } }
         invitations(first: 100) { edges { node { id state } } }
         currentTenant { name status } }`,
      {},
      { token: tokenB, tenant: tenantB.slug },
    );

  beforeAll(async () => {
    api = await startApi();
    const f = api.factories;
    [tenantA, tenantB] = await Promise.all([f.newTenant(), f.newTenant()]);
    coordinatorA = await f.newUser({ tenant: tenantA });
    coordinatorB = await f.newUser({ tenant: tenantB });
    [tokenA, tokenB] = await Promise.all([f.signIn(coordinatorA), f.signIn(coordinatorB)]);
    const invited = await api.client.ok<{ inviteMember: { id: string } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: { email: `b-${tenantB.slug}@example.org`, displayName: 'B', roles: ['FACILITATOR'] },
      },
      { token: tokenB, tenant: tenantB.slug },
    );
    invitationB = invited.inviteMember.id;
    const members = await api.client.ok<{ memberships: { edges: { node: { id: string } }[] } }>(
      `{ memberships(first: 10) { edges { node { id } } } }`,
      {},
      { token: tokenB, tenant: tenantB.slug },
    );
    membershipB = members.memberships.edges[0].node.id;
    const templateVersionId = await api.factories.builtInTemplate(tokenB);
    const created = await api.client.ok<{ createEdition: typeof editionB }>(
      `mutation($input: CreateEditionInput!) {
         createEdition(input: $input) { id phases { id deliverables { id } } }
       }`,
      {
        input: {
          name: 'B pilot',
          templateVersionId,
          startDate: '2024-02-05',
        },
      },
      { token: tokenB, tenant: tenantB.slug },
    );
    editionB = created.createEdition;
    const scheduled = await api.client.ok<{ scheduleActivity: { id: string } }>(
      `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
      {
        input: {
          editionId: editionB.id,
          kind: 'TRAINING_SESSION',
          track: 'NEWCOMERS',
          title: 'B training',
          startsAt: '2030-03-18T09:00:00Z',
          durationMinutes: 180,
          languages: ['fr'],
        },
      },
      { token: tokenB, tenant: tenantB.slug },
    );
    activityB = scheduled.scheduleActivity.id;
    const registered = await api.client.ok<{ registerForActivity: { id: string } }>(
      `mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`,
      { id: activityB },
      { token: tokenB, tenant: tenantB.slug },
    );
    registrationB = registered.registerForActivity.id;
    const lab = await api.client.ok<{ createPolicyLab: { id: string } }>(
      `mutation($input: CreatePolicyLabInput!) { createPolicyLab(input: $input) { id } }`,
      { input: { editionId: editionB.id, title: 'B lab', problem: 'Access to information' } },
      { token: tokenB, tenant: tenantB.slug },
    );
    labB = lab.createPolicyLab.id;
    const idea = await api.client.ok<{ addLabArtefact: { id: string } }>(
      `mutation($input: AddLabArtefactInput!) { addLabArtefact(input: $input) { id } }`,
      { input: { labId: labB, step: 'SHARED_DIAGNOSIS', kind: 'IDEA', title: 'B idea' } },
      { token: tokenB, tenant: tenantB.slug },
    );
    ideaB = idea.addLabArtefact.id;
    const experiment = await api.client.ok<{ createMicroExperimentation: { id: string } }>(
      `mutation($input: CreateExperimentInput!) { createMicroExperimentation(input: $input) { id } }`,
      {
        input: { labId: labB, title: 'B test', hypothesis: 'It helps', cityService: 'Accueil' },
      },
      { token: tokenB, tenant: tenantB.slug },
    );
    experimentB = experiment.createMicroExperimentation.id;
    callB = await f.newCall(tenantB, editionB.id);
    draftCallB = await f.newCall(tenantB, editionB.id, Cohort.PublicActors, false);
    const [applicationRowB] = await f.newApplications(callB, [
      { status: ApplicationStatus.Eligible, nationality: 'SY' },
    ]);
    applicationB = applicationRowB.id;
    ({ id: claimB } = await f.newExpenseClaim(applicationRowB));
    certificateB = await f.newCertificate(
      applicationRowB,
      `RC-B${tenantB.slug.slice(-3)}-0000-0000`,
    );
    // Evaluation: an open questionnaire of B, and a private logbook entry of a participant of B.
    const asB = <T>(query: string, variables: Record<string, unknown>, token = tokenB) =>
      api.client.ok<T>(query, variables, { token, tenant: tenantB.slug });
    const questionnaire = await asB<{ createQuestionnaire: { id: string } }>(
      `mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
      {
        input: {
          editionId: editionB.id,
          title: { fr: 'Avant', en: 'Before' },
          moment: 'PRE',
          opensOn: '2020-01-01',
          closesOn: '2099-12-31',
        },
      },
    );
    questionnaireB = questionnaire.createQuestionnaire.id;
    await asB(
      `mutation($input: SetQuestionnaireItemsInput!) { setQuestionnaireItems(input: $input) { id } }`,
      {
        input: {
          questionnaireId: questionnaireB,
          items: [
            { key: 'confidence', kind: 'FREE_TEXT', prompt: { fr: 'Confiance', en: 'Confidence' } },
          ],
        },
      },
    );
    await asB(`mutation($id: ID!) { openQuestionnaire(id: $id) { id } }`, { id: questionnaireB });
    const participantB = await f.newUser({ tenant: tenantB, roles: [MembershipRole.Newcomer] });
    await f.newApplications(callB, [{ personId: participantB.id }]);
    const entry = await asB<{ writeLogbookEntry: { id: string } }>(
      `mutation($input: WriteLogbookEntryInput!) { writeLogbookEntry(input: $input) { id } }`,
      { input: { editionId: editionB.id, stepLabel: 'Training', text: 'B private note' } },
      await f.signIn(participantB),
    );
    logbookEntryB = entry.writeLogbookEntry.id;
    newcomerTokenA = await f.signIn(
      await f.newUser({ tenant: tenantA, roles: [MembershipRole.Newcomer] }),
    );
    // Follow-up: a draft and an accepted recommendation of B, a commitment on it and a published one.
    const recommend = async () =>
      (
        await asB<{ createRecommendation: { id: string } }>(
          `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
          {
            input: {
              editionId: editionB.id,
              title: { fr: 'Reco B', en: 'Reco B' },
              body: { fr: 'Texte', en: 'Text' },
              theme: 'PARTICIPATION',
            },
          },
        )
      ).createRecommendation.id;
    draftRecommendationB = await recommend();
    recommendationB = await recommend();
    for (const status of ['ADOPTED', 'SUBMITTED']) {
      await asB(
        `mutation($id: ID!, $s: RecommendationStatus!) { advanceRecommendation(id: $id, status: $s) { id } }`,
        { id: recommendationB, s: status },
      );
    }
    await asB(
      `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
      { input: { recommendationId: recommendationB, decision: 'ACCEPTED' } },
    );
    const commit = async (title: string) =>
      (
        await asB<{ createCommitment: { id: string } }>(
          `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
          {
            input: {
              recommendationId: recommendationB,
              title: { fr: title, en: title },
              department: 'B department',
              ownerId: coordinatorB.id,
              startDate: '2025-01-01',
              dueDate: '2025-02-01',
            },
          },
        )
      ).createCommitment.id;
    commitmentB = await commit('B private commitment');
    publishedCommitmentB = await commit('B public commitment');
    await asB(`mutation($id: ID!) { publishCommitment(id: $id, published: true) { id } }`, {
      id: publishedCommitmentB,
    });
    // Mentoring: B is the learner of a partnership with a third city; its needs and strengths.
    const mentorCity = await f.newTenant();
    const operator = await f.signIn(await f.newUser({ networkOperator: true }));
    partnershipB = (
      await api.client.ok<{ proposePartnership: { id: string } }>(
        `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            mentorTenantId: mentorCity.id,
            learnerTenantId: tenantB.id,
            theme: 'EDUCATION',
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          },
        },
        { token: operator },
      )
    ).proposePartnership.id;
    // Both cities accept, and B writes its plan and submits it.
    const mentorCoordinator = await f.signIn(await f.newUser({ tenant: mentorCity }));
    for (const [token, slug] of [
      [mentorCoordinator, mentorCity.slug],
      [tokenB, tenantB.slug],
    ]) {
      await api.client.ok(
        `mutation($id: ID!) { respondToPartnership(id: $id, accept: true) { id } }`,
        { id: partnershipB },
        { token, tenant: slug },
      );
    }
    planActionB = (
      await asB<{ savePlanAction: { id: string } }>(
        `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`,
        {
          input: {
            partnershipId: partnershipB,
            title: 'B action',
            objective: 'B objective',
            responsibleService: 'B service',
            startsOn: '2026-01-01',
            endsOn: '2026-06-30',
          },
        },
      )
    ).savePlanAction.id;
    planVersionB = (
      await asB<{ submitPlanVersion: { id: string } }>(
        `mutation($p: ID!) { submitPlanVersion(partnershipId: $p, stage: FIRST) { id } }`,
        { p: partnershipB },
      )
    ).submitPlanVersion.id;
    criterion = (
      await api.client.ok<{ createBenchmarkCriterion: typeof criterion }>(
        `mutation($input: CreateBenchmarkCriterionInput!) { createBenchmarkCriterion(input: $input) {
           id keyFactors { id } indicators { id } } }`,
        {
          input: {
            theme: 'EDUCATION',
            title: { fr: 'Critère', en: 'Criterion' },
            description: { fr: 'D', en: 'D' },
            keyFactors: [{ fr: 'Facteur', en: 'Factor' }],
            indicators: [{ name: { fr: 'Part', en: 'Share' }, unit: '%' }],
          },
        },
        { token: operator },
      )
    ).createBenchmarkCriterion;
    await asB(
      `mutation { setNeedsAssessment(theme: EDUCATION, situation: "B situation",
         difficulties: "B difficulties", priorities: "B priorities") { theme } }`,
      {},
    );
    await asB(
      `mutation { setCityStrength(theme: HOUSING, description: "B strength") { theme } }`,
      {},
    );
  });

  /** B's application as its coordinator sees it, to prove an attack changed nothing. */
  const bApplication = async () =>
    api.client.ok(
      `query($id: ID!) { application(id: $id) { status membershipId decisions { toStatus } } }`,
      { id: applicationB },
      { token: tokenB, tenant: tenantB.slug },
    );
  const refusedOnBApplication = async (query: string, variables: Record<string, unknown>) => {
    const before = await bApplication();
    expect(await codesAsA(query, variables)).toEqual(['NOT_FOUND']);
    expect(await bApplication()).toEqual(before);
  };
  /** B's calls as its coordinator sees them. */
  const bCalls = async () =>
    api.client.ok(
      `query($e: ID!) { participantCalls(editionId: $e) { id title { en } closesOn publishedAt } }`,
      { e: editionB.id },
      { token: tokenB, tenant: tenantB.slug },
    );

  /** B's lab as its coordinator sees it, to prove an attack changed nothing. */
  const bLab = async () =>
    api.client.ok(
      `query($id: ID!) { policyLab(id: $id) { title currentStep
         steps { artefacts { title supporters } }
         experiments { title status results decision } } }`,
      { id: labB },
      { token: tokenB, tenant: tenantB.slug },
    );
  const refusedOnBLab = async (query: string, variables: Record<string, unknown>) => {
    const before = await bLab();
    expect(await codesAsA(query, variables)).toEqual(['NOT_FOUND']);
    expect(await bLab()).toEqual(before);
  };

  /** B's activity as its coordinator sees it, to prove an attack changed nothing. */
  const bActivity = async () =>
    api.client.ok(
      `query($id: ID!) { activity(id: $id) { title startsAt cancelledAt registeredCount
         registrations { id attended cancelledAt } } }`,
      { id: activityB },
      { token: tokenB, tenant: tenantB.slug },
    );
  const refusedOnBActivity = async (query: string, variables: Record<string, unknown>) => {
    const before = await bActivity();
    expect(await codesAsA(query, variables)).toEqual(['NOT_FOUND']);
    expect(await bActivity()).toEqual(before);
  };

  /** B's edition as its coordinator sees it, to prove an attack changed nothing. */
  const bEdition = async () =>
    api.client.ok(
      `query($id: ID!) { edition(id: $id) { name status facilitators { id } phases { plannedStart plannedEnd status
         deliverables { doneAt } } } }`,
      { id: editionB.id },
      { token: tokenB, tenant: tenantB.slug },
    );
  const bPhase = () => editionB.phases[0].id;
  const bDeliverable = () => editionB.phases[0].deliverables[0].id;
  /** A mutation aimed at B's edition from A: not found, and B unchanged. */
  const refusedOnB = async (query: string, variables: Record<string, unknown>) => {
    const before = await bEdition();
    expect(await codesAsA(query, variables)).toEqual(['NOT_FOUND']);
    expect(await bEdition()).toEqual(before);
  };
  afterAll(() => api.close());

  /** B's questionnaires and its logbook as B's coordinator sees them, to prove nothing changed. */
  const bEvaluation = async () =>
    api.client.ok(
      `query($e: ID!) {
         questionnaires(editionId: $e) { id title { en } status opensOn closesOn items { key } }
         logbookEntries(filter: { editionId: $e }) { edges { node { id text sharedAt } } } }`,
      { e: editionB.id },
      { token: tokenB, tenant: tenantB.slug },
    );
  /** As A's coordinator, or as a participant of A (who answers and writes logbooks). */
  const refusedOnBEvaluation = async (
    query: string,
    variables: Record<string, unknown>,
    token = tokenA,
  ) => {
    const before = await bEvaluation();
    const result = await api.client.request(query, variables, { token, tenant: tenantA.slug });
    expect((result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(await bEvaluation()).toEqual(before);
  };

  /** B's follow-up as its coordinator sees it, to prove an attack changed nothing. */
  const bFollowUp = async () =>
    api.client.ok(
      `query($c: ID!, $r: ID!) {
         recommendations(first: 20) { edges { node { id status answer title { en } } } }
         recommendation(id: $r) { coauthors { membershipId } answerHistory { decision } }
         commitments(first: 20) { edges { node { id title { en } status progress publishedAt ownerId } } }
         commitment(id: $c) { department updates { progress } milestones { id } }
         followUpSettings { staleAfterDays dueSoonDays } }`,
      { c: commitmentB, r: recommendationB },
      { token: tokenB, tenant: tenantB.slug },
    );
  const refusedOnBFollowUp = async (query: string, variables: Record<string, unknown>) => {
    const before = await bFollowUp();
    expect(await codesAsA(query, variables)).toEqual(['NOT_FOUND']);
    expect(await bFollowUp()).toEqual(before);
  };
  const seesNothingOfBFollowUp = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = JSON.stringify(await asA(query, variables));
    for (const id of [recommendationB, draftRecommendationB, commitmentB, publishedCommitmentB]) {
      expect(result).not.toContain(id);
    }
  };

  /** B's mentoring as its coordinator sees it, to prove an attack changed nothing. */
  const bMentoring = async () =>
    api.client.ok(
      `query($p: ID!) {
         partnerships { id status mentorAcceptedAt learnerAcceptedAt members { membershipId } }
         needsAssessments { theme situation priority } cityStrengths { theme description }
         planActions(partnershipId: $p) { id title endsOn }
         planVersions(partnershipId: $p) { id number status actions { id title } }
         studyVisits(partnershipId: $p) { id agenda } }`,
      { p: partnershipB },
      { token: tokenB, tenant: tenantB.slug },
    );
  const refusedOnBMentoring = async (
    query: string,
    variables: Record<string, unknown>,
    code = 'NOT_FOUND',
  ) => {
    const before = await bMentoring();
    expect(await codesAsA(query, variables)).toEqual([code]);
    expect(await bMentoring()).toEqual(before);
  };
  const seesNothingOfBMentoring = async (
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const before = await bMentoring();
    const result = JSON.stringify(await asA(query, variables));
    for (const text of [partnershipB, 'B situation', 'B strength'])
      expect(result).not.toContain(text);
    expect(await bMentoring()).toEqual(before);
  };

  const cases: Record<string, () => Promise<void>> = {
    // Mentoring: only the operator pairs cities; B's partnerships, needs and strengths are B's
    proposePartnership: async () =>
      refusedOnBMentoring(
        `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            mentorTenantId: tenantA.id,
            learnerTenantId: tenantB.id,
            theme: 'HOUSING',
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          },
        },
        'FORBIDDEN',
      ),
    networkPartnerships: async () =>
      refusedOnBMentoring(`{ networkPartnerships { id } }`, {}, 'FORBIDDEN'),
    closePartnership: async () =>
      refusedOnBMentoring(
        `mutation($id: ID!) { closePartnership(id: $id) { id } }`,
        { id: partnershipB },
        'FORBIDDEN',
      ),
    mentorMatches: async () =>
      refusedOnBMentoring(
        `query($l: ID!) { mentorMatches(learnerTenantId: $l) { score } }`,
        { l: tenantB.id },
        'FORBIDDEN',
      ),
    partnerships: async () => seesNothingOfBMentoring(`{ partnerships { id } }`),
    planActions: async () =>
      refusedOnBMentoring(`query($p: ID!) { planActions(partnershipId: $p) { id } }`, {
        p: partnershipB,
      }),
    savePlanAction: async () => {
      const planted = {
        title: 'Planted',
        objective: 'x',
        responsibleService: 'x',
        startsOn: '2026-01-01',
        endsOn: '2026-02-01',
      };
      const query = `mutation($input: SavePlanActionInput!) { savePlanAction(input: $input) { id } }`;
      await refusedOnBMentoring(query, { input: { ...planted, partnershipId: partnershipB } });
      await refusedOnBMentoring(query, {
        input: { ...planted, partnershipId: partnershipB, id: planActionB },
      });
    },
    removePlanAction: async () =>
      refusedOnBMentoring(`mutation($id: ID!) { removePlanAction(id: $id) }`, { id: planActionB }),
    submitPlanVersion: async () =>
      refusedOnBMentoring(
        `mutation($p: ID!) { submitPlanVersion(partnershipId: $p, stage: SECOND) { id } }`,
        { p: partnershipB },
      ),
    planVersions: async () =>
      refusedOnBMentoring(`query($p: ID!) { planVersions(partnershipId: $p) { id } }`, {
        p: partnershipB,
      }),
    studyVisits: async () =>
      refusedOnBMentoring(`query($p: ID!) { studyVisits(partnershipId: $p) { id } }`, {
        p: partnershipB,
      }),
    saveStudyVisit: async () =>
      refusedOnBMentoring(
        `mutation($input: SaveStudyVisitInput!) { saveStudyVisit(input: $input) { id } }`,
        {
          input: {
            partnershipId: partnershipB,
            stage: 'FIRST',
            host: 'LEARNER',
            startsOn: '2026-03-01',
            endsOn: '2026-03-02',
            agenda: 'Planted',
          },
        },
      ),
    // The network's academies and workshops are every city's, run by the operator alone
    networkEvents: async () => seesNothingOfBMentoring(`{ networkEvents { id title { en } } }`),
    saveNetworkEvent: async () =>
      refusedOnBMentoring(
        `mutation($input: SaveNetworkEventInput!) { saveNetworkEvent(input: $input) { id } }`,
        {
          input: {
            kind: 'KNOWLEDGE_SHARING',
            title: { fr: 'x', en: 'x' },
            description: { fr: 'x', en: 'x' },
            startsOn: '2026-01-01',
            endsOn: '2026-01-02',
            place: 'x',
          },
        },
        'FORBIDDEN',
      ),
    planComments: async () =>
      refusedOnBMentoring(`query($v: ID!) { planComments(versionId: $v) { id } }`, {
        v: planVersionB,
      }),
    commentOnPlan: async () =>
      refusedOnBMentoring(
        `mutation($v: ID!) { commentOnPlan(versionId: $v, body: "Planted") { id } }`,
        { v: planVersionB },
      ),
    decidePlanVersion: async () =>
      refusedOnBMentoring(
        `mutation($v: ID!) { decidePlanVersion(versionId: $v, decision: APPROVED) { id } }`,
        { v: planVersionB },
      ),
    planDiff: async () =>
      refusedOnBMentoring(
        `query($a: ID!) { planDiff(fromVersionId: $a, toVersionId: $a) { added { id } } }`,
        { a: planVersionB },
      ),
    commitPlanAction: async () => {
      await refusedOnBMentoring(
        `mutation($input: CommitPlanActionInput!) { commitPlanAction(input: $input) { id } }`,
        { input: { partnershipId: partnershipB, actionId: planActionB, ownerId: coordinatorA.id } },
      );
      const mine = await asA(`{ commitments(first: 100) { edges { node { title { en } } } } }`);
      expect(JSON.stringify(mine)).not.toContain('B action');
    },
    // The benchmark library is the network's, read by every city, written by the operator only
    benchmarkCriteria: async () =>
      seesNothingOfBMentoring(`{ benchmarkCriteria { id title { en } keyFactors { id } } }`),
    benchmarkCriterion: async () =>
      seesNothingOfBMentoring(`query($id: ID!) { benchmarkCriterion(id: $id) { id } }`, {
        id: criterion.id,
      }),
    createBenchmarkCriterion: async () =>
      refusedOnBMentoring(
        `mutation($input: CreateBenchmarkCriterionInput!) { createBenchmarkCriterion(input: $input) { id } }`,
        {
          input: {
            theme: 'EDUCATION',
            title: { fr: 'x', en: 'x' },
            description: { fr: 'x', en: 'x' },
          },
        },
        'FORBIDDEN',
      ),
    extendBenchmarkCriterion: async () =>
      refusedOnBMentoring(
        `mutation($input: ExtendBenchmarkCriterionInput!) { extendBenchmarkCriterion(input: $input) { id } }`,
        { input: { id: criterion.id, keyFactors: [{ fr: 'x', en: 'x' }] } },
        'FORBIDDEN',
      ),
    partnershipBenchmark: async () =>
      refusedOnBMentoring(
        `query($p: ID!) { partnershipBenchmark(partnershipId: $p) { criterion { id } } }`,
        { p: partnershipB },
      ),
    choosePartnershipCriteria: async () =>
      refusedOnBMentoring(
        `mutation($p: ID!, $c: ID!) { choosePartnershipCriteria(partnershipId: $p, criterionIds: [$c]) {
           criterion { id } } }`,
        { p: partnershipB, c: criterion.id },
      ),
    assessKeyFactor: async () =>
      refusedOnBMentoring(
        `mutation($p: ID!, $k: ID!) { assessKeyFactor(partnershipId: $p, keyFactorId: $k, score: 5) { score } }`,
        { p: partnershipB, k: criterion.keyFactors[0].id },
      ),
    setIndicatorTarget: async () =>
      refusedOnBMentoring(
        `mutation($p: ID!, $i: ID!) { setIndicatorTarget(partnershipId: $p, indicatorId: $i, baseline: 1, target: 2) {
           target } }`,
        { p: partnershipB, i: criterion.indicators[0].id },
      ),
    partnership: async () =>
      refusedOnBMentoring(`query($id: ID!) { partnership(id: $id) { id } }`, { id: partnershipB }),
    respondToPartnership: async () =>
      refusedOnBMentoring(
        `mutation($id: ID!) { respondToPartnership(id: $id, accept: true) { id } }`,
        { id: partnershipB },
      ),
    setPartnershipMembers: async () =>
      refusedOnBMentoring(
        `mutation($id: ID!, $m: ID!) { setPartnershipMembers(id: $id, membershipIds: [$m]) { id } }`,
        { id: partnershipB, m: membershipB },
      ),
    cityStrengths: async () => seesNothingOfBMentoring(`{ cityStrengths { theme description } }`),
    setCityStrength: async () =>
      seesNothingOfBMentoring(
        `mutation { setCityStrength(theme: HOUSING, description: "A strength") { description } }`,
      ),
    needsAssessments: async () => {
      await seesNothingOfBMentoring(`{ needsAssessments { situation } }`);
      await refusedOnBMentoring(
        `query($p: ID!) { needsAssessments(partnershipId: $p) { situation } }`,
        { p: partnershipB },
      );
    },
    setNeedsAssessment: async () =>
      seesNothingOfBMentoring(
        `mutation { setNeedsAssessment(theme: EDUCATION, situation: "A situation",
           difficulties: "A", priorities: "A") { situation } }`,
      ),

    // Follow-up: B's recommendations and commitments are out of A's reach; only what B published
    // is public, by design
    recommendations: async () =>
      seesNothingOfBFollowUp(
        `query($e: ID!) { recommendations(filter: { editionId: $e }) { edges { node { id } } } }`,
        { e: editionB.id },
      ),
    recommendation: async () =>
      refusedOnBFollowUp(`query($id: ID!) { recommendation(id: $id) { id } }`, {
        id: recommendationB,
      }),
    createRecommendation: async () =>
      refusedOnBFollowUp(
        `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`,
        {
          input: {
            editionId: editionB.id,
            title: { fr: 'x', en: 'x' },
            body: { fr: 'x', en: 'x' },
            theme: 'PARTICIPATION',
          },
        },
      ),
    updateRecommendation: async () =>
      refusedOnBFollowUp(
        `mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { id } }`,
        { input: { id: draftRecommendationB, title: { fr: 'Pris', en: 'Taken' } } },
      ),
    advanceRecommendation: async () =>
      refusedOnBFollowUp(
        `mutation($id: ID!) { advanceRecommendation(id: $id, status: ADOPTED) { id } }`,
        { id: draftRecommendationB },
      ),
    deleteRecommendation: async () =>
      refusedOnBFollowUp(`mutation($id: ID!) { deleteRecommendation(id: $id) }`, {
        id: draftRecommendationB,
      }),
    answerRecommendation: async () =>
      refusedOnBFollowUp(
        `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { id } }`,
        { input: { recommendationId: recommendationB, decision: 'UNDER_STUDY' } },
      ),
    commitments: async () =>
      seesNothingOfBFollowUp(
        `query($r: ID!) { commitments(filter: { recommendationId: $r }) { edges { node { id } } } }`,
        { r: recommendationB },
      ),
    commitment: async () =>
      refusedOnBFollowUp(`query($id: ID!) { commitment(id: $id) { id } }`, {
        id: publishedCommitmentB,
      }),
    createCommitment: async () => {
      const planted = {
        title: { fr: 'x', en: 'x' },
        department: 'x',
        ownerId: coordinatorA.id,
        startDate: '2025-01-01',
        dueDate: '2025-02-01',
      };
      const query = `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`;
      await refusedOnBFollowUp(query, { input: { ...planted, recommendationId: recommendationB } });
      await refusedOnBFollowUp(query, { input: { ...planted, parentId: commitmentB } });
    },
    updateCommitment: async () =>
      refusedOnBFollowUp(
        `mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }`,
        { input: { id: commitmentB, department: 'Taken', ownerId: coordinatorA.id } },
      ),
    recordCommitmentProgress: async () =>
      refusedOnBFollowUp(
        `mutation($input: RecordProgressInput!) { recordCommitmentProgress(input: $input) { id } }`,
        { input: { commitmentId: publishedCommitmentB, progress: 99 } },
      ),
    publishCommitment: async () =>
      refusedOnBFollowUp(
        `mutation($id: ID!) { publishCommitment(id: $id, published: true) { id } }`,
        { id: commitmentB },
      ),
    commitmentsCsv: async () => {
      const file = await asA(`{ commitmentsCsv { content } }`);
      expect(file.errors).toBeUndefined();
      await seesNothingOfBFollowUp(`{ commitmentsCsv { content } }`);
    },
    importCommitments: async () => {
      const before = await bFollowUp();
      // B's records by their ids: nothing of B is found, so nothing of B changes.
      const report = await asA(
        `mutation($input: ImportCommitmentsInput!) { importCommitments(input: $input) {
           rejected rows { problems { code } } } }`,
        {
          input: {
            csv: [
              'external_id,recommendation,title_fr,title_en,department,owner_email,start_date,due_date',
              `${commitmentB},,Pris,Taken,Taken,,,`,
              `X1,${recommendationB},Pris,Taken,Taken,${coordinatorA.email},2025-01-01,2025-02-01`,
            ].join('\n'),
          },
        },
      );
      expect(JSON.stringify(report.data)).toContain('REQUIRED_TO_CREATE');
      expect(JSON.stringify(report.data)).toContain('UNKNOWN_RECOMMENDATION');
      expect(JSON.stringify(report.data)).not.toContain('"CREATED"');
      expect(await bFollowUp()).toEqual(before);
    },
    // A person's notification choices are their own, in every city, and nobody else's
    myNotificationPreferences: async () => {
      const mine = await asA(`{ myNotificationPreferences { kind frequency } }`, {}, tenantB.slug);
      expect(mine.errors).toBeUndefined();
    },
    setNotificationPreference: async () => {
      const bBefore = await api.client.ok(
        `{ myNotificationPreferences { kind frequency isDefault } }`,
        {},
        { token: tokenB, tenant: tenantB.slug },
      );
      await asA(
        `mutation { setNotificationPreference(kind: TENANT_DIGEST, frequency: NONE) { kind } }`,
        {},
        tenantB.slug,
      );
      expect(
        await api.client.ok(
          `{ myNotificationPreferences { kind frequency isDefault } }`,
          {},
          { token: tokenB, tenant: tenantB.slug },
        ),
      ).toEqual(bBefore);
    },
    followUpSettings: async () => {
      expect(await codesAsA(`{ followUpSettings { staleAfterDays } }`, {}, tenantB.slug)).toEqual([
        'NOT_FOUND',
      ]);
    },
    updateFollowUpSettings: async () => {
      const before = await bFollowUp();
      await asA(
        `mutation { updateFollowUpSettings(input: { staleAfterDays: 300 }) { staleAfterDays } }`,
      );
      expect(
        await codesAsA(
          `mutation { updateFollowUpSettings(input: { staleAfterDays: 200 }) { staleAfterDays } }`,
          {},
          tenantB.slug,
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await bFollowUp()).toEqual(before);
    },
    followUpDashboard: async () => {
      await seesNothingOfBFollowUp(
        `{ followUpDashboard { figures { recommendations } overdue { id } stale { id } } }`,
      );
      const dashboard = await asA(`{ followUpDashboard { figures { recommendations } } }`);
      expect(dashboard.data).toEqual({ followUpDashboard: { figures: { recommendations: 0 } } });
      expect(
        await codesAsA(`{ followUpDashboard { figures { recommendations } } }`, {}, tenantB.slug),
      ).toEqual(['NOT_FOUND']);
    },
    networkFollowUp: async () => {
      expect(await codesAsA(`{ networkFollowUp { totals { recommendations } } }`)).toEqual([
        'FORBIDDEN',
      ]);
    },
    publicFollowUp: async () => {
      const page = JSON.stringify(
        (
          await asA(
            `query($c: String!) { publicFollowUp(city: $c) { commitments { id title } } }`,
            {
              c: tenantB.slug,
            },
          )
        ).data,
      );
      expect(page).toContain(publishedCommitmentB);
      expect(page).not.toContain(commitmentB);
    },

    // Evaluation: B's questionnaires, answers, indicators and logbooks are out of A's reach
    questionnaires: async () =>
      refusedOnBEvaluation(`query($e: ID!) { questionnaires(editionId: $e) { id } }`, {
        e: editionB.id,
      }),
    questionnaire: async () =>
      refusedOnBEvaluation(`query($id: ID!) { questionnaire(id: $id) { id items { key } } }`, {
        id: questionnaireB,
      }),
    createQuestionnaire: async () =>
      refusedOnBEvaluation(
        `mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
        {
          input: {
            editionId: editionB.id,
            title: { fr: 'x', en: 'x' },
            moment: 'POST',
            pairedWithId: questionnaireB,
            opensOn: '2030-01-01',
            closesOn: '2030-02-01',
          },
        },
      ),
    updateQuestionnaire: async () =>
      refusedOnBEvaluation(
        `mutation($input: UpdateQuestionnaireInput!) { updateQuestionnaire(input: $input) { id } }`,
        { input: { id: questionnaireB, closesOn: '2020-01-02' } },
      ),
    setQuestionnaireItems: async () =>
      refusedOnBEvaluation(
        `mutation($input: SetQuestionnaireItemsInput!) { setQuestionnaireItems(input: $input) { id } }`,
        { input: { questionnaireId: questionnaireB, items: [] } },
      ),
    openQuestionnaire: async () =>
      refusedOnBEvaluation(`mutation($id: ID!) { openQuestionnaire(id: $id) { id } }`, {
        id: questionnaireB,
      }),
    closeQuestionnaire: async () =>
      refusedOnBEvaluation(`mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, {
        id: questionnaireB,
      }),
    submitQuestionnaireResponse: async () =>
      refusedOnBEvaluation(
        `mutation($input: SubmitQuestionnaireResponseInput!) {
           submitQuestionnaireResponse(input: $input) { questionnaireId } }`,
        {
          input: {
            questionnaireId: questionnaireB,
            answers: [{ itemKey: 'confidence', text: 'x' }],
          },
        },
        newcomerTokenA,
      ),
    myQuestionnaireResponse: async () =>
      refusedOnBEvaluation(
        `query($id: ID!) { myQuestionnaireResponse(questionnaireId: $id) { submittedAt } }`,
        { id: questionnaireB },
        newcomerTokenA,
      ),
    questionnaireChange: async () =>
      refusedOnBEvaluation(
        `query($id: ID!) { questionnaireChange(postQuestionnaireId: $id) { complete } }`,
        { id: questionnaireB },
      ),
    editionIndicators: async () =>
      refusedOnBEvaluation(`query($e: ID!) { editionIndicators(editionId: $e) { complete } }`, {
        e: editionB.id,
      }),
    tenantIndicators: async () => {
      expect(await codesAsA(`{ tenantIndicators { complete } }`, {}, tenantB.slug)).toEqual([
        'NOT_FOUND',
      ]);
    },
    networkIndicators: async () => {
      expect(await codesAsA(`{ networkIndicators { suppressionThreshold } }`)).toEqual([
        'FORBIDDEN',
      ]);
    },
    logbookEntries: async () =>
      refusedOnBEvaluation(
        `query($e: ID!) { logbookEntries(filter: { editionId: $e }) { edges { node { id } } } }`,
        { e: editionB.id },
      ),
    writeLogbookEntry: async () =>
      refusedOnBEvaluation(
        `mutation($input: WriteLogbookEntryInput!) { writeLogbookEntry(input: $input) { id } }`,
        { input: { editionId: editionB.id, stepLabel: 'Planted', text: 'Planted' } },
        newcomerTokenA,
      ),
    updateLogbookEntry: async () =>
      refusedOnBEvaluation(
        `mutation($input: UpdateLogbookEntryInput!) { updateLogbookEntry(input: $input) { id } }`,
        { input: { id: logbookEntryB, text: 'Rewritten', shared: true } },
        newcomerTokenA,
      ),

    // Recruitment: a published call is public by design; nothing else of B is reachable
    participantCalls: async () => {
      expect(
        await codesAsA(`query($e: ID!) { participantCalls(editionId: $e) { id } }`, {
          e: editionB.id,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    publishedCall: async () => {
      expect(
        await codesAsA(`query($id: ID!) { publishedCall(id: $id) { id } }`, { id: draftCallB.id }),
      ).toEqual(['NOT_FOUND']);
      const published = await asA(`query($id: ID!) { publishedCall(id: $id) { id cityName } }`, {
        id: callB.id,
      });
      expect(published.data).toEqual({ publishedCall: { id: callB.id, cityName: tenantB.name } });
    },
    openCalls: async () => {
      const listed = JSON.stringify(
        (await asA(`query($c: String!) { openCalls(city: $c) { id } }`, { c: tenantB.slug })).data,
      );
      expect(listed).toContain(callB.id);
      expect(listed).not.toContain(draftCallB.id);
    },
    createParticipantCall: async () => {
      const before = await bCalls();
      expect(
        await codesAsA(
          `mutation($input: CreateParticipantCallInput!) { createParticipantCall(input: $input) { id } }`,
          {
            input: {
              editionId: editionB.id,
              cohort: 'NEWCOMERS',
              title: { fr: 'x', en: 'x' },
              description: { fr: 'x', en: 'x' },
              opensOn: '2030-01-01',
              closesOn: '2030-02-01',
              privacyPolicyVersion: 'v',
              processingPurpose: { fr: 'x', en: 'x' },
            },
          },
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await bCalls()).toEqual(before);
    },
    updateParticipantCall: async () => {
      const before = await bCalls();
      expect(
        await codesAsA(
          `mutation($input: UpdateParticipantCallInput!) { updateParticipantCall(input: $input) { id } }`,
          { input: { id: callB.id, closesOn: '2020-01-02' } },
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await bCalls()).toEqual(before);
    },
    publishParticipantCall: async () => {
      const before = await bCalls();
      expect(
        await codesAsA(`mutation($id: ID!) { publishParticipantCall(id: $id) { id } }`, {
          id: draftCallB.id,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await bCalls()).toEqual(before);
    },
    applyToCall: async () => {
      expect(
        await codesAsA(
          `mutation($input: ApplyToCallInput!) { applyToCall(input: $input) { received } }`,
          {
            input: {
              callId: draftCallB.id,
              givenName: 'A',
              familyName: 'A',
              email: `intruder-${tenantA.slug}@example.org`,
              cityOfResidence: 'A',
              languages: [{ language: 'fr', level: 'B2' }],
              motivation: 'x',
              locale: 'fr',
              consent: { given: true, privacyPolicyVersion: '2026-01' },
            },
          },
        ),
      ).toEqual(['NOT_FOUND']);
    },
    applications: async () => {
      const listed = JSON.stringify(
        (
          await asA(
            `query($f: ApplicationFilterInput!) { applications(filter: $f) { edges { node { id } } } }`,
            { f: { editionId: editionB.id } },
          )
        ).data,
      );
      expect(listed).not.toContain(applicationB);
    },
    application: async () => {
      expect(
        await codesAsA(`query($id: ID!) { application(id: $id) { id nationality } }`, {
          id: applicationB,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    myApplications: async () => {
      expect(await codesAsA(`{ myApplications { id } }`, {}, tenantB.slug)).toEqual(['NOT_FOUND']);
    },
    decideApplication: async () =>
      refusedOnBApplication(
        `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
        { input: { id: applicationB, status: 'SELECTED', reason: 'Takeover' } },
      ),
    withdrawMyApplication: async () =>
      refusedOnBApplication(
        `mutation($input: WithdrawApplicationInput!) { withdrawMyApplication(input: $input) { id } }`,
        { input: { id: applicationB } },
      ),
    cohortDashboard: async () => {
      expect(
        await codesAsA(`query($e: ID!) { cohortDashboard(editionId: $e) { complete } }`, {
          e: editionB.id,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    // Completion and certificates: a code checks the certificate it is printed on, nothing more
    participantProgress: async () => {
      expect(
        await codesAsA(
          `query($e: ID!) { participantProgress(editionId: $e) { rule { minimumLabWorkshops } } }`,
          {
            e: editionB.id,
          },
        ),
      ).toEqual(['NOT_FOUND']);
    },
    setCompletionRule: async () =>
      refusedOnB(
        `mutation($input: SetCompletionRuleInput!) { setCompletionRule(input: $input) { minimumLabWorkshops } }`,
        { input: { editionId: editionB.id, minimumTrainingMinutes: 0, minimumLabWorkshops: 0 } },
      ),
    issueCertificates: async () =>
      refusedOnB(`mutation($e: ID!) { issueCertificates(editionId: $e) { id } }`, {
        e: editionB.id,
      }),
    certificates: async () => {
      expect(
        await codesAsA(`query($e: ID!) { certificates(editionId: $e) { id } }`, { e: editionB.id }),
      ).toEqual([]);
      const listed = await asA(`query($e: ID!) { certificates(editionId: $e) { id } }`, {
        e: editionB.id,
      });
      expect(listed.data).toEqual({ certificates: [] });
    },
    myCertificates: async () => {
      expect(await codesAsA(`{ myCertificates { id } }`, {}, tenantB.slug)).toEqual(['NOT_FOUND']);
    },
    revokeCertificate: async () => {
      expect(
        await codesAsA(
          `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id } }`,
          { input: { id: certificateB.id, reason: 'Takeover' } },
        ),
      ).toEqual(['NOT_FOUND']);
      const checked = await asA(`query($c: String!) { verifyCertificate(code: $c) { revoked } }`, {
        c: certificateB.code,
      });
      expect(checked.data).toEqual({ verifyCertificate: { revoked: false } });
    },
    verifyCertificate: async () => {
      const checked = await asA(
        `query($c: String!) { verifyCertificate(code: $c) { personName editionName completedOn } }`,
        { c: certificateB.code },
      );
      expect(
        Object.keys((checked.data as { verifyCertificate: object }).verifyCertificate),
      ).toEqual(['personName', 'editionName', 'completedOn']);
    },
    // A person's own data: A's export holds nothing of B, and erasure only ever erases oneself
    myDataExport: async () => {
      const exported = JSON.stringify((await asA(`{ myDataExport }`, {}, tenantB.slug)).data);
      expect(exported).toContain(coordinatorA.email);
      for (const id of [tenantB.id, applicationB, editionB.id, coordinatorB.email]) {
        expect(exported).not.toContain(id);
      }
    },
    eraseMyData: async () => {
      const before = await bApplication();
      expect(
        await codesAsA(
          `mutation { eraseMyData(input: { password: "not A's password" }) }`,
          {},
          tenantB.slug,
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await bApplication()).toEqual(before);
    },
    erasePersonData: async () => {
      const { email } = (
        await api.client.ok<{ application: { email: string } }>(
          `query($id: ID!) { application(id: $id) { email } }`,
          { id: applicationB },
          { token: tokenB, tenant: tenantB.slug },
        )
      ).application;
      const before = await bApplication();
      const erased = await asA(
        `mutation($input: ErasePersonInput!) { erasePersonData(input: $input) }`,
        { input: { email } },
      );
      expect(erased.data).toEqual({ erasePersonData: true });
      expect(await bApplication()).toEqual(before);
      expect(
        await codesAsA(
          `mutation($input: ErasePersonInput!) { erasePersonData(input: $input) }`,
          { input: { email } },
          tenantB.slug,
        ),
      ).toEqual(['NOT_FOUND']);
    },
    // Travel expense claims
    submitExpenseClaim: async () => {
      expect(
        await codesAsA(
          `mutation($input: SubmitExpenseClaimInput!) { submitExpenseClaim(input: $input) { id } }`,
          {
            input: {
              editionId: editionB.id,
              amountCents: 100,
              incurredOn: '2025-01-01',
              description: 'Intrusion',
              receipt: { filename: 'x.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' },
            },
          },
        ),
      ).toEqual(['NOT_FOUND']);
    },
    decideExpenseClaim: async () => {
      expect(
        await codesAsA(
          `mutation($input: DecideExpenseClaimInput!) { decideExpenseClaim(input: $input) { id } }`,
          { input: { id: claimB, decision: 'APPROVE' } },
        ),
      ).toEqual(['NOT_FOUND']);
      const claims = await api.client.ok<{ expenseClaims: { status: string }[] }>(
        `query($e: ID!) { expenseClaims(editionId: $e) { status } }`,
        { e: editionB.id },
        { token: tokenB, tenant: tenantB.slug },
      );
      expect(claims.expenseClaims).toEqual([{ status: 'SUBMITTED' }]);
    },
    expenseClaims: async () => {
      const listed = await asA(`query($e: ID!) { expenseClaims(editionId: $e) { id } }`, {
        e: editionB.id,
      });
      expect(listed.data).toEqual({ expenseClaims: [] });
    },
    myExpenseClaims: async () => {
      expect(await codesAsA(`{ myExpenseClaims { id } }`, {}, tenantB.slug)).toEqual(['NOT_FOUND']);
    },
    assignEditionFacilitator: async () =>
      refusedOnB(
        `mutation($input: EditionFacilitatorInput!) { assignEditionFacilitator(input: $input) { id } }`,
        { input: { editionId: editionB.id, membershipId: membershipB } },
      ),
    removeEditionFacilitator: async () =>
      refusedOnB(
        `mutation($input: EditionFacilitatorInput!) { removeEditionFacilitator(input: $input) { id } }`,
        { input: { editionId: editionB.id, membershipId: membershipB } },
      ),

    // Methodologies are the platform's, the same for every city: nothing of B comes with them
    methodologyTemplates: async () => {
      const data = JSON.stringify((await asA(`{ methodologyTemplates { id key } }`)).data);
      expect(data).toContain('resilient-cities');
      expect(data).not.toContain(editionB.id);
    },
    methodologyTemplate: async () => {
      const list = await asA(`{ methodologyTemplates(latestOnly: true) { id } }`);
      const id = (list.data as { methodologyTemplates: { id: string }[] }).methodologyTemplates[0]
        .id;
      const data = JSON.stringify(
        (await asA(`query($id: ID!) { methodologyTemplate(id: $id) { key } }`, { id })).data,
      );
      expect(data).not.toContain(tenantB.id);
    },
    publishTemplateVersion: async () => {
      expect(
        await codesAsA(
          `mutation($input: PublishTemplateInput!) { publishTemplateVersion(input: $input) { id } }`,
          {
            input: {
              key: 'intruder',
              name: { fr: 'x', en: 'x' },
              description: { fr: 'x', en: 'x' },
              phases: [],
            },
          },
        ),
      ).toEqual(['FORBIDDEN']);
    },

    // Editions
    editions: async () => {
      const inA = JSON.stringify(
        (await asA(`{ editions(first: 100) { edges { node { id } } } }`)).data,
      );
      expect(inA).not.toContain(editionB.id);
      expect(await codesAsA(`{ editions { edges { node { id } } } }`, {}, tenantB.slug)).toEqual([
        'NOT_FOUND',
      ]);
    },
    edition: async () => {
      expect(
        await codesAsA(`query($id: ID!) { edition(id: $id) { id } }`, { id: editionB.id }),
      ).toEqual(['NOT_FOUND']);
    },
    editionTimeline: async () => {
      expect(
        await codesAsA(`query($id: ID!) { editionTimeline(id: $id) { startsOn } }`, {
          id: editionB.id,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    whatsNext: async () => {
      expect(
        await codesAsA(
          `query($input: WhatsNextInput!) { whatsNext(input: $input) { latePhases { id } } }`,
          {
            input: { editionId: editionB.id },
          },
        ),
      ).toEqual(['NOT_FOUND']);
    },
    createEdition: async () => {
      const list = await asA(`{ methodologyTemplates(latestOnly: true) { id } }`);
      const id = (list.data as { methodologyTemplates: { id: string }[] }).methodologyTemplates[0]
        .id;
      expect(
        await codesAsA(
          `mutation($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
          { input: { name: 'Intruder', templateVersionId: id, startDate: '2025-01-06' } },
          tenantB.slug,
        ),
      ).toEqual(['NOT_FOUND']);
    },
    renameEdition: async () =>
      refusedOnB(`mutation($input: RenameEditionInput!) { renameEdition(input: $input) { id } }`, {
        input: { id: editionB.id, name: 'Taken over' },
      }),
    replanPhase: async () =>
      refusedOnB(`mutation($input: ReplanPhaseInput!) { replanPhase(input: $input) { id } }`, {
        input: { phaseId: bPhase(), plannedStart: '2030-01-01', plannedEnd: '2030-02-01' },
      }),
    startPhase: async () =>
      refusedOnB(`mutation($input: PhaseActionInput!) { startPhase(input: $input) { id } }`, {
        input: { phaseId: bPhase() },
      }),
    completePhase: async () =>
      refusedOnB(`mutation($input: PhaseActionInput!) { completePhase(input: $input) { id } }`, {
        input: { phaseId: bPhase() },
      }),
    skipPhase: async () =>
      refusedOnB(`mutation($input: SkipPhaseInput!) { skipPhase(input: $input) { id } }`, {
        input: { phaseId: bPhase(), reason: 'Sabotage' },
      }),
    reopenPhase: async () =>
      refusedOnB(`mutation($input: PhaseActionInput!) { reopenPhase(input: $input) { id } }`, {
        input: { phaseId: bPhase() },
      }),
    completeDeliverable: async () =>
      refusedOnB(
        `mutation($input: CompleteDeliverableInput!) { completeDeliverable(input: $input) { id } }`,
        { input: { deliverableId: bDeliverable(), evidenceNote: 'forged' } },
      ),
    reopenDeliverable: async () =>
      refusedOnB(`mutation($id: ID!) { reopenDeliverable(id: $id) { id } }`, {
        id: bDeliverable(),
      }),

    renewCalendarFeed: async () =>
      refusedOnB(`mutation($id: ID!) { renewCalendarFeed(id: $id) { url } }`, { id: editionB.id }),

    // Policy Labs and micro-experimentations
    policyLabs: async () => {
      expect(
        await codesAsA(`query($e: ID!) { policyLabs(editionId: $e) { id } }`, { e: editionB.id }),
      ).toEqual(['NOT_FOUND']);
    },
    policyLab: async () => {
      expect(await codesAsA(`query($id: ID!) { policyLab(id: $id) { id } }`, { id: labB })).toEqual(
        ['NOT_FOUND'],
      );
    },
    createPolicyLab: async () =>
      refusedOnB(
        `mutation($input: CreatePolicyLabInput!) { createPolicyLab(input: $input) { id } }`,
        {
          input: { editionId: editionB.id, title: 'Intruder', problem: 'None' },
        },
      ),
    advancePolicyLabStep: async () =>
      refusedOnBLab(`mutation($id: ID!) { advancePolicyLabStep(id: $id) { id } }`, { id: labB }),
    addLabArtefact: async () =>
      refusedOnBLab(
        `mutation($input: AddLabArtefactInput!) { addLabArtefact(input: $input) { id } }`,
        {
          input: { labId: labB, step: 'SHARED_DIAGNOSIS', kind: 'FINDING', title: 'Planted' },
        },
      ),
    supportIdea: async () =>
      refusedOnBLab(`mutation($id: ID!) { supportIdea(id: $id) { id } }`, { id: ideaB }),
    withdrawIdeaSupport: async () =>
      refusedOnBLab(`mutation($id: ID!) { withdrawIdeaSupport(id: $id) { id } }`, { id: ideaB }),
    createMicroExperimentation: async () =>
      refusedOnBLab(
        `mutation($input: CreateExperimentInput!) { createMicroExperimentation(input: $input) { id } }`,
        { input: { labId: labB, title: 'Intruder', hypothesis: 'x y', cityService: 'None' } },
      ),
    updateMicroExperimentation: async () =>
      refusedOnBLab(
        `mutation($input: UpdateExperimentInput!) { updateMicroExperimentation(input: $input) { id } }`,
        { input: { id: experimentB, title: 'Taken over' } },
      ),
    startMicroExperimentation: async () =>
      refusedOnBLab(`mutation($id: ID!) { startMicroExperimentation(id: $id) { id } }`, {
        id: experimentB,
      }),
    concludeMicroExperimentation: async () =>
      refusedOnBLab(
        `mutation($input: ConcludeExperimentInput!) { concludeMicroExperimentation(input: $input) { id } }`,
        { input: { id: experimentB, results: 'Forged', learnings: 'Forged', decision: 'DROP' } },
      ),
    abandonMicroExperimentation: async () =>
      refusedOnBLab(
        `mutation($input: AbandonExperimentInput!) { abandonMicroExperimentation(input: $input) { id } }`,
        { input: { id: experimentB, learnings: 'Forged' } },
      ),

    // Activities and attendance
    activities: async () => {
      expect(
        await codesAsA(`query($e: ID!) { activities(editionId: $e) { id } }`, { e: editionB.id }),
      ).toEqual(['NOT_FOUND']);
    },
    activity: async () => {
      expect(
        await codesAsA(`query($id: ID!) { activity(id: $id) { id } }`, { id: activityB }),
      ).toEqual(['NOT_FOUND']);
    },
    attendanceTotals: async () => {
      expect(
        await codesAsA(`query($e: ID!) { attendanceTotals(editionId: $e) { totalHours } }`, {
          e: editionB.id,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    scheduleActivity: async () =>
      refusedOnB(
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        {
          input: {
            editionId: editionB.id,
            kind: 'OTHER',
            title: 'Intruder',
            startsAt: '2030-01-01T09:00:00Z',
            durationMinutes: 60,
            languages: ['fr'],
          },
        },
      ),
    updateActivity: async () =>
      refusedOnBActivity(
        `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`,
        {
          input: { id: activityB, title: 'Taken over' },
        },
      ),
    cancelActivity: async () =>
      refusedOnBActivity(`mutation($id: ID!) { cancelActivity(id: $id) { id } }`, {
        id: activityB,
      }),
    registerForActivity: async () =>
      refusedOnBActivity(`mutation($id: ID!) { registerForActivity(activityId: $id) { id } }`, {
        id: activityB,
      }),
    registerMember: async () =>
      refusedOnBActivity(
        `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`,
        {
          input: { activityId: activityB, membershipId: membershipB },
        },
      ),
    cancelRegistration: async () =>
      refusedOnBActivity(`mutation($id: ID!) { cancelRegistration(id: $id) { id } }`, {
        id: registrationB,
      }),
    recordAttendance: async () =>
      refusedOnBActivity(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        {
          input: {
            activityId: activityB,
            entries: [{ membershipId: membershipB, attended: true }],
          },
        },
      ),

    // Queries
    me: async () => {
      const result = await asA(`{ me { memberships { tenant { id } } } }`);
      const tenants = JSON.stringify(result.data);
      expect(tenants).toContain(tenantA.id);
      expect(tenants).not.toContain(tenantB.id);
    },
    currentTenant: async () => {
      expect(await codesAsA(`{ currentTenant { id } }`, {}, tenantB.slug)).toEqual(['NOT_FOUND']);
    },
    memberships: async () => {
      const inA = JSON.stringify(
        (await asA(`{ memberships(first: 100) { edges { node { id } } } }`)).data,
      );
      expect(inA).not.toContain(membershipB);
      expect(await codesAsA(`{ memberships { edges { node { id } } } }`, {}, tenantB.slug)).toEqual(
        ['NOT_FOUND'],
      );
    },
    membership: async () => {
      expect(
        await codesAsA(`query($id: ID!) { membership(id: $id) { id } }`, { id: membershipB }),
      ).toEqual(['NOT_FOUND']);
    },
    invitations: async () => {
      const inA = JSON.stringify(
        (await asA(`{ invitations(first: 100) { edges { node { id } } } }`)).data,
      );
      expect(inA).not.toContain(invitationB);
    },
    auditEntries: async () => {
      const inA = JSON.stringify(
        (await asA(`{ auditEntries(first: 100) { edges { node { tenantId affectedIds } } } }`))
          .data,
      );
      expect(inA).not.toContain(tenantB.id);
      expect(inA).not.toContain(invitationB);
      expect(
        await codesAsA(`{ auditEntries { edges { node { id } } } }`, {}, tenantB.slug),
      ).toEqual(['NOT_FOUND']);
    },
    networkAuditEntries: async () => {
      expect(
        await codesAsA(
          `query($t: ID) { networkAuditEntries(tenantId: $t) { edges { node { id } } } }`,
          {
            t: tenantB.id,
          },
        ),
      ).toEqual(['FORBIDDEN']);
    },
    tenants: async () => {
      expect(await codesAsA(`{ tenants { edges { node { id } } } }`)).toEqual(['FORBIDDEN']);
    },
    tenant: async () => {
      expect(
        await codesAsA(`query($id: ID!) { tenant(id: $id) { name } }`, { id: tenantB.id }),
      ).toEqual(['FORBIDDEN']);
    },
    failedDeliveries: async () => {
      expect(await codesAsA(`{ failedDeliveries { edges { node { id } } } }`)).toEqual([
        'FORBIDDEN',
      ]);
    },

    // Mutations aimed at B's records
    updateMembershipRoles: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: UpdateMembershipRolesInput!) { updateMembershipRoles(input: $input) { id } }`,
        { input: { membershipId: membershipB, roles: ['OBSERVER'] } },
      );
      expect(codes).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    revokeMembership: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { revokeMembership(id: $id) { id } }`, {
          id: membershipB,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    inviteMember: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        { input: { email: 'intruder@example.org', displayName: 'X', roles: ['COORDINATOR'] } },
        tenantB.slug,
      );
      expect(codes).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    resendInvitation: async () => {
      expect(
        await codesAsA(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, {
          id: invitationB,
        }),
      ).toEqual(['NOT_FOUND']);
    },
    revokeInvitation: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, {
          id: invitationB,
        }),
      ).toEqual(['NOT_FOUND']);
      expect(await bState()).toEqual(before);
    },
    acceptInvitation: async () => {
      const codes = await codesAsA(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
        { input: { token: 'forged-token-that-matches-nothing', password: 'long enough password' } },
        tenantB.slug,
      );
      expect(codes).toEqual(['BAD_USER_INPUT']);
      expect(await bState()).toMatchObject({
        invitations: { edges: [{ node: { state: 'PENDING' } }] },
      });
    },
    onboardTenant: async () => {
      const codes = await codesAsA(
        `mutation($input: OnboardTenantInput!) { onboardTenant(input: $input) { invitedEmail } }`,
        {
          input: {
            tenant: {
              name: 'Intruder',
              slug: `intruder-${tenantA.slug}`,
              country: 'FR',
              kind: 'MUNICIPALITY',
              defaultLocale: 'fr',
              timeZone: 'Europe/Paris',
            },
            coordinator: { email: 'intruder@example.org', displayName: 'X' },
          },
        },
      );
      expect(codes).toEqual(['FORBIDDEN']);
    },
    updateTenant: async () => {
      const before = await bState();
      const codes = await codesAsA(
        `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`,
        { input: { id: tenantB.id, name: 'Taken over' } },
      );
      expect(codes).toEqual(['FORBIDDEN']);
      expect(await bState()).toEqual(before);
    },
    archiveTenant: async () => {
      const before = await bState();
      expect(
        await codesAsA(`mutation($id: ID!) { archiveTenant(id: $id) { id } }`, { id: tenantB.id }),
      ).toEqual(['FORBIDDEN']);
      expect(await bState()).toEqual(before);
    },
    retryDelivery: async () => {
      expect(
        await codesAsA(`mutation($id: ID!) { retryDelivery(id: $id) { id } }`, { id: invitationB }),
      ).toEqual(['FORBIDDEN']);
    },

    // The caller's own account: signing in to A opens nothing in B
    signIn: async () => {
      const data = await api.client.ok<{ signIn: { accessToken: string } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
        { input: { email: coordinatorA.email, password: 'correct horse battery staple' } },
      );
      const codes = await api.client.codes(
        `{ currentTenant { id } }`,
        {},
        {
          token: data.signIn.accessToken,
          tenant: tenantB.slug,
        },
      );
      expect(codes).toEqual(['NOT_FOUND']);
    },
    refreshSession: async () => {
      const signedIn = await api.client.ok<{ signIn: { refreshToken: string } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { refreshToken } }`,
        { input: { email: coordinatorA.email, password: 'correct horse battery staple' } },
      );
      const refreshed = await api.client.ok<{ refreshSession: { accessToken: string } }>(
        `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
        { input: { refreshToken: signedIn.signIn.refreshToken } },
        { tenant: tenantB.slug },
      );
      const codes = await api.client.codes(
        `{ memberships { edges { node { id } } } }`,
        {},
        {
          token: refreshed.refreshSession.accessToken,
          tenant: tenantB.slug,
        },
      );
      expect(codes).toEqual(['NOT_FOUND']);
    },
    signOut: async () => {
      const token = await api.factories.signIn(coordinatorA);
      await api.client.ok(`mutation { signOut }`, {}, { token, tenant: tenantB.slug });
      expect(await api.client.ok(`{ me { id } }`, {}, { token: tokenB })).toEqual({
        me: { id: coordinatorB.id },
      });
    },
    requestSignInLink: async () => {
      const result = await asA(
        `mutation($input: EmailInput!) { requestSignInLink(input: $input) }`,
        { input: { email: coordinatorB.email } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ requestSignInLink: true });
    },
    requestPasswordReset: async () => {
      const result = await asA(
        `mutation($input: EmailInput!) { requestPasswordReset(input: $input) }`,
        { input: { email: coordinatorB.email } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ requestPasswordReset: true });
    },
    signInWithLink: async () => {
      expect(
        await codesAsA(
          `mutation($input: TokenInput!) { signInWithLink(input: $input) { accessToken } }`,
          { input: { token: 'forged-token-that-matches-nothing' } },
          tenantB.slug,
        ),
      ).toEqual(['BAD_USER_INPUT']);
    },
    resetPassword: async () => {
      expect(
        await codesAsA(
          `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }`,
          {
            input: {
              token: 'forged-token-that-matches-nothing',
              newPassword: 'a brand new password',
            },
          },
          tenantB.slug,
        ),
      ).toEqual(['BAD_USER_INPUT']);
    },
    changePassword: async () => {
      const codes = await codesAsA(
        `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        { input: { currentPassword: 'wrong password', newPassword: 'a brand new password' } },
        tenantB.slug,
      );
      expect(codes).toEqual(['BAD_USER_INPUT']);
      await api.factories.signIn(coordinatorB);
    },
    updateMyProfile: async () => {
      const result = await asA(
        `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
        { input: { displayName: 'Renamed' } },
        tenantB.slug,
      );
      expect(result.data).toEqual({ updateMyProfile: { id: coordinatorA.id } });
      const b = await api.client.ok<{ me: { displayName: string } }>(
        `{ me { displayName } }`,
        {},
        {
          token: tokenB,
        },
      );
      expect(b.me.displayName).not.toBe('Renamed');
    },
  };

  it('has a case for every query and mutation of the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(operations.filter((operation) => !(operation in cases))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it.each(Object.keys(cases))('%s: tenant A reaches nothing of tenant B', async (operation) => {
    await cases[operation]();
  });
});
