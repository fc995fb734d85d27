import type { EntityManager } from '@mikro-orm/postgresql';
import { type Edition, PolicyLab } from '@inclusion/editions';
import {
  Commitment,
  CommitmentStatus,
  CommitmentUpdate,
  Recommendation,
  RecommendationAnswer,
  rolledUpProgress,
} from '@inclusion/follow-up';
import type { DemoCommitment, DemoFollowUp, DemoUpdate } from './follow-up-demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;
const dateOf = (day: number) => new Date(Date.now() + day * DAY_MS).toISOString().slice(0, 10);
/** Mid-morning, so that an entry of yesterday is never in the future. */
const at = (day: number) => new Date(`${dateOf(day)}T09:30:00Z`);

const statusOf = (update: DemoUpdate): CommitmentStatus =>
  update.status ??
  (update.progress === 0
    ? CommitmentStatus.NotStarted
    : update.progress === 100
      ? CommitmentStatus.Done
      : CommitmentStatus.InProgress);

interface Entry {
  day: number;
  progress: number;
  status: CommitmentStatus;
  note?: string;
  evidence?: string[];
  rolledUp?: boolean;
}

/**
 * A parent's history as the platform writes it: its creation, then an entry of its own each time a
 * milestone moves its weighted progress.
 */
function rolledUpHistory(parent: DemoCommitment, milestones: DemoCommitment[]): Entry[] {
  const first = parent.history[0];
  const entries: Entry[] = [{ ...first, status: statusOf(first) }];
  const shares = milestones.map((m) => ({
    weight: m.weight ?? 1,
    progress: 0,
    status: CommitmentStatus.NotStarted,
  }));
  const moves = milestones
    .flatMap((m, index) => m.history.slice(1).map((update) => ({ index, update })))
    .sort((a, b) => a.update.day - b.update.day);
  for (const { index, update } of moves) {
    Object.assign(shares[index], { progress: update.progress, status: statusOf(update) });
    const progress = rolledUpProgress(shares) ?? 0;
    const last = entries[entries.length - 1];
    if (progress === last.progress) continue;
    const status =
      last.status === CommitmentStatus.NotStarted ? CommitmentStatus.InProgress : last.status;
    entries.push({ day: update.day, progress, status, rolledUp: true });
  }
  return entries;
}

/**
 * The city's recommendations, its answers, its commitments and their histories, dated so that the
 * dashboards show a live picture. `em` must be in the tenant's scope with `system` on. Does nothing
 * if the city already has them.
 */
export async function seedFollowUp(
  em: EntityManager,
  edition: Edition,
  followUp: DemoFollowUp,
  coordinatorId: string,
): Promise<void> {
  const { prefix } = followUp;
  if (await em.count(Recommendation, { externalId: `${prefix}-R01` })) return;
  const tenantId = edition.tenantId;
  const lab = await em.findOne(PolicyLab, { edition }, { orderBy: { createdAt: 'asc' } });

  const addCommitment = async (
    demo: DemoCommitment,
    recommendationId: string,
    parent: Commitment | null,
  ) => {
    const milestones = demo.milestones ?? [];
    const history: Entry[] = milestones.length
      ? rolledUpHistory(demo, milestones)
      : demo.history.map((update) => ({ ...update, status: statusOf(update) }));
    const created = history[0];
    const latest = history[history.length - 1];
    const commitment = em.create(Commitment, {
      tenantId,
      recommendationId,
      parentId: parent?.id ?? null,
      externalId: `${prefix}-${demo.ref}`,
      title: demo.title,
      department: demo.department,
      ownerId: coordinatorId,
      startDate: dateOf(created.day),
      dueDate: dateOf(demo.dueDay),
      status: latest.status,
      statusReason: demo.statusReason ?? null,
      progress: latest.progress,
      weight: demo.weight ?? 1,
      // Published a week after it was made; milestones with their commitment.
      publishedAt: parent ? parent.publishedAt : demo.published ? at(created.day + 7) : null,
      lastUpdateAt: at(latest.day),
      createdById: coordinatorId,
      createdAt: at(created.day),
      updatedAt: at(latest.day),
    });
    for (const entry of history) {
      em.create(CommitmentUpdate, {
        tenantId,
        commitmentId: commitment.id,
        authorId: entry.rolledUp ? null : coordinatorId,
        progress: entry.progress,
        status: entry.status,
        note: entry.note ?? null,
        evidence: entry.evidence ?? [],
        rolledUp: entry.rolledUp ?? false,
        createdAt: at(entry.day),
        updatedAt: at(entry.day),
      });
    }
    // A milestone's row refers to its parent's: the parent goes in first.
    await em.flush();
    for (const milestone of milestones)
      await addCommitment(milestone, recommendationId, commitment);
  };

  for (const [index, demo] of followUp.recommendations.entries()) {
    const answers = demo.answers ?? [];
    const answer = answers[answers.length - 1];
    const recommendation = em.create(Recommendation, {
      tenantId,
      editionId: edition.id,
      policyLabId: demo.fromLab ? (lab?.id ?? null) : null,
      externalId: `${prefix}-R${String(index + 1).padStart(2, '0')}`,
      title: demo.title,
      body: demo.body,
      theme: demo.theme,
      localTheme: demo.localTheme ?? null,
      status: demo.status,
      submittedAt: demo.submittedDay === undefined ? null : at(demo.submittedDay),
      answer: answer?.decision ?? null,
      answeredOn: answer ? dateOf(answer.day) : null,
      createdById: coordinatorId,
      createdAt: at(demo.createdDay),
    });
    for (const { day, decision, reason } of answers) {
      em.create(RecommendationAnswer, {
        tenantId,
        recommendationId: recommendation.id,
        decision,
        reason: reason ?? null,
        answeredOn: dateOf(day),
        answeredById: coordinatorId,
        createdAt: at(day),
        updatedAt: at(day),
      });
    }
    await em.flush();
    for (const commitment of demo.commitments ?? []) {
      await addCommitment(commitment, recommendation.id, null);
    }
  }
}
