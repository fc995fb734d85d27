import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { abandonReasonRequired, nothingToRecord, progressRollsUp } from '../follow-up.errors';
import { CommitmentStatus } from './commitment-status';
import { CommitmentUpdate } from './commitment-update.entity';
import { Commitment } from './commitment.entity';
import { checkedEvidence } from './evidence-links';
import { rolledUpProgress } from './rollup';

export interface ProgressDraft {
  progress?: number | null;
  status?: CommitmentStatus | null;
  statusReason?: string | null;
  note?: string | null;
  evidence?: string[] | null;
}

/**
 * Every change of a commitment's progress or status is an entry of its history, and the
 * commitment keeps the latest. A milestone's change rolls up to its parent in the same
 * transaction, with an entry of the parent's own.
 */
@Injectable()
export class ProgressService {
  /** The first entry of the history: the commitment as it was made. */
  start(em: EntityManager, commitment: Commitment, authorId: string | null): void {
    em.create(CommitmentUpdate, {
      tenantId: commitment.tenantId,
      commitmentId: commitment.id,
      authorId,
      progress: commitment.progress,
      status: commitment.status,
      createdAt: commitment.lastUpdateAt,
    });
  }

  async record(
    em: EntityManager,
    commitment: Commitment,
    authorId: string | null,
    draft: ProgressDraft,
    now = new Date(),
  ): Promise<CommitmentUpdate> {
    const note = draft.note?.trim() || null;
    const evidence = checkedEvidence(draft.evidence ?? []);
    if (draft.progress == null && !draft.status && !note && !evidence.length)
      throw nothingToRecord();
    const hasMilestones = (await em.count(Commitment, { parentId: commitment.id })) > 0;
    if (draft.progress != null && hasMilestones && draft.progress !== commitment.progress) {
      throw progressRollsUp();
    }
    if (draft.status) commitment.status = draft.status;
    if (draft.statusReason !== undefined)
      commitment.statusReason = draft.statusReason?.trim() || null;
    if (commitment.status === CommitmentStatus.Abandoned && !commitment.statusReason) {
      throw abandonReasonRequired();
    }
    if (draft.progress != null && !hasMilestones) commitment.progress = draft.progress;
    // Done means all of it, unless milestones say otherwise (one of them abandoned, say).
    if (commitment.status === CommitmentStatus.Done && !hasMilestones) commitment.progress = 100;
    commitment.lastUpdateAt = now;
    const entry = em.create(CommitmentUpdate, {
      tenantId: commitment.tenantId,
      commitmentId: commitment.id,
      authorId,
      progress: commitment.progress,
      status: commitment.status,
      note,
      evidence,
      createdAt: now,
    });
    if (commitment.parentId) {
      // The milestone's new progress must be in the database the roll-up reads.
      await em.flush();
      await this.rollUp(em, commitment.parentId, now);
    }
    return entry;
  }

  /** Recomputes a parent's progress from its milestones; an entry only when it moved. */
  async rollUp(em: EntityManager, parentId: string, now = new Date()): Promise<void> {
    const parent = await em.findOneOrFail(Commitment, { id: parentId });
    const milestones = await em.find(Commitment, { parentId });
    const progress = rolledUpProgress(milestones);
    if (progress === null || progress === parent.progress) return;
    parent.progress = progress;
    parent.lastUpdateAt = now;
    // Work on a milestone is work on the commitment; that it is done, the city says itself.
    if (parent.status === CommitmentStatus.NotStarted && progress > 0) {
      parent.status = CommitmentStatus.InProgress;
    }
    em.create(CommitmentUpdate, {
      tenantId: parent.tenantId,
      commitmentId: parent.id,
      authorId: null,
      progress,
      status: parent.status,
      rolledUp: true,
      createdAt: now,
    });
  }

  /** The histories of every commitment among `commitmentIds`, latest first, in one query. */
  historiesOf(em: EntityManager, commitmentIds: readonly string[]) {
    return em.find(
      CommitmentUpdate,
      { commitmentId: { $in: [...commitmentIds] } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }
}
