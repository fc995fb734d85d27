import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@inclusion/graphql';
import { Membership, MembershipStatus, normalizeEmail } from '@inclusion/identity';
import { CommitmentStatus } from '../commitments/commitment-status';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentService, type CommitmentDraft } from '../commitments/commitment.service';
import { ProgressService, type ProgressDraft } from '../commitments/progress.service';
import { Recommendation } from '../recommendations/recommendation.entity';
import type { CommitmentCsvFields } from './commitment-csv-columns';
import { readCommitmentsCsv, type ParsedCommitmentRow } from './commitment-csv-reader';
import type { CsvProblem } from './csv-problems';
import {
  cannotMove,
  requiredToCreate,
  ruleBroken,
  unknownOwner,
  unknownParent,
  unknownRecommendation,
} from './import-problems';

export enum ImportAction {
  Created = 'created',
  Updated = 'updated',
  Unchanged = 'unchanged',
  Rejected = 'rejected',
}

export interface ImportedRow {
  line: number;
  externalId: string | null;
  action: ImportAction;
  commitmentId: string | null;
  problems: CsvProblem[];
}

export interface ImportReport {
  dryRun: boolean;
  fileProblems: CsvProblem[];
  rows: ImportedRow[];
}

/** What a row may change of the commitment itself, to tell an update from a row that changes nothing. */
const snapshot = (c: Commitment) =>
  JSON.stringify([
    c.title.fr,
    c.title.en,
    c.description?.fr ?? null,
    c.description?.en ?? null,
    c.department,
    c.ownerId,
    c.startDate,
    c.dueDate,
    c.weight,
  ]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record by the city's reference, or by our id: an export names those without one by it. */
const byReference = (reference: string) =>
  UUID.test(reference)
    ? { $or: [{ externalId: reference }, { id: reference }] }
    : { externalId: reference };

/** Thrown to undo a dry run, or a rejected row, while keeping what it learnt. */
class Undo extends Error {
  constructor(readonly problems: CsvProblem[] = []) {
    super('undo');
  }
}

/**
 * Creates and updates a city's commitments from a file, by external id. Each row is applied
 * whole or not at all (a savepoint each): the valid rows go in, every other one is reported with
 * why. Commitments come before milestones, so a milestone may name a parent made by the same file.
 * A dry run does it all, reports, and keeps nothing.
 */
@Injectable()
export class CommitmentImportService {
  constructor(
    private readonly commitments: CommitmentService,
    private readonly progress: ProgressService,
  ) {}

  async import(
    em: EntityManager,
    actorId: string,
    text: string,
    dryRun: boolean,
  ): Promise<ImportReport> {
    const file = readCommitmentsCsv(text);
    if (file.fileProblems.length) return { dryRun, fileProblems: file.fileProblems, rows: [] };
    const ordered = [
      ...file.rows.filter((row) => !row.fields.parentExternalId),
      ...file.rows.filter((row) => row.fields.parentExternalId),
    ];
    const results = new Map<number, ImportedRow>();
    const run = async (tx: EntityManager) => {
      for (const row of ordered) results.set(row.line, await this.importRow(tx, actorId, row));
      if (dryRun) throw new Undo();
    };
    try {
      await em.transactional(run);
    } catch (error) {
      if (!(error instanceof Undo)) throw error;
    }
    return {
      dryRun,
      fileProblems: [],
      rows: file.rows.map((row) => results.get(row.line)!),
    };
  }

  private async importRow(
    em: EntityManager,
    actorId: string,
    row: ParsedCommitmentRow,
  ): Promise<ImportedRow> {
    const base = { line: row.line, externalId: row.externalId };
    if (row.problems.length || !row.externalId) {
      return { ...base, action: ImportAction.Rejected, commitmentId: null, problems: row.problems };
    }
    const externalId = row.externalId;
    try {
      return await em.transactional(async (tx) => {
        const existing = await tx.findOne(Commitment, byReference(externalId));
        const outcome = existing
          ? await this.update(tx, actorId, existing, row.fields)
          : await this.create(tx, actorId, externalId, row.fields);
        return { ...base, ...outcome, problems: [] };
      });
    } catch (error) {
      if (error instanceof Undo) {
        return {
          ...base,
          action: ImportAction.Rejected,
          commitmentId: null,
          problems: error.problems,
        };
      }
      if (error instanceof AppError) {
        return {
          ...base,
          action: ImportAction.Rejected,
          commitmentId: null,
          problems: [ruleBroken(error)],
        };
      }
      throw error;
    }
  }

  private async create(
    em: EntityManager,
    actorId: string,
    externalId: string,
    fields: CommitmentCsvFields,
  ): Promise<{ action: ImportAction; commitmentId: string }> {
    const milestone = !!fields.parentExternalId;
    const required: [string, unknown][] = [
      ['title_fr', fields.titleFr],
      ['title_en', fields.titleEn],
      ...(milestone
        ? []
        : ([
            ['recommendation', fields.recommendation],
            ['department', fields.department],
            ['owner_email', fields.ownerEmail],
            ['start_date', fields.startDate],
            ['due_date', fields.dueDate],
          ] as [string, unknown][])),
    ];
    const missing = required.filter(([, value]) => value === undefined).map(([c]) => c);
    if (missing.length) throw new Undo(missing.map(requiredToCreate));
    const parentId = milestone ? await this.parentId(em, fields.parentExternalId!) : null;
    const recommendationId = milestone
      ? null
      : await this.recommendationId(em, fields.recommendation!);
    const commitment = await this.commitments.createIn(
      em,
      actorId,
      { recommendationId, parentId },
      { ...(await this.draftOf(em, fields)), externalId },
    );
    await this.applyProgressAndPublication(em, actorId, commitment, fields);
    return { action: ImportAction.Created, commitmentId: commitment.id };
  }

  private async update(
    em: EntityManager,
    actorId: string,
    commitment: Commitment,
    fields: CommitmentCsvFields,
  ): Promise<{ action: ImportAction; commitmentId: string }> {
    if (fields.recommendation !== undefined) {
      const recommendationId = await this.recommendationId(em, fields.recommendation);
      if (recommendationId !== commitment.recommendationId)
        throw new Undo([cannotMove('recommendation')]);
    }
    if (fields.parentExternalId !== undefined) {
      const parentId = await this.parentId(em, fields.parentExternalId);
      if (parentId !== commitment.parentId) throw new Undo([cannotMove('parent_external_id')]);
    }
    const before = snapshot(commitment);
    await this.commitments.updateIn(em, commitment, await this.draftOf(em, fields, commitment));
    const progressed = await this.applyProgressAndPublication(em, actorId, commitment, fields);
    const changed = progressed || snapshot(commitment) !== before;
    return {
      action: changed ? ImportAction.Updated : ImportAction.Unchanged,
      commitmentId: commitment.id,
    };
  }

  /** What the row sets of the commitment itself; a title or a description keeps the other language. */
  private async draftOf(
    em: EntityManager,
    fields: CommitmentCsvFields,
    current?: Commitment,
  ): Promise<CommitmentDraft> {
    const draft: CommitmentDraft = {};
    if (fields.titleFr !== undefined || fields.titleEn !== undefined) {
      draft.title = {
        fr: fields.titleFr ?? current!.title.fr,
        en: fields.titleEn ?? current!.title.en,
      };
    }
    if (fields.descriptionFr !== undefined || fields.descriptionEn !== undefined) {
      const fr = fields.descriptionFr ?? current?.description?.fr ?? fields.descriptionEn!;
      const en = fields.descriptionEn ?? current?.description?.en ?? fields.descriptionFr!;
      draft.description = { fr, en };
    }
    if (fields.department !== undefined) draft.department = fields.department;
    if (fields.startDate !== undefined) draft.startDate = fields.startDate;
    if (fields.dueDate !== undefined) draft.dueDate = fields.dueDate;
    if (fields.weight !== undefined) draft.weight = fields.weight;
    if (fields.ownerEmail !== undefined) draft.ownerId = await this.ownerId(em, fields.ownerEmail);
    return draft;
  }

  /** A status or progress that differs from the commitment's goes into its history. */
  private async applyProgressAndPublication(
    em: EntityManager,
    actorId: string,
    commitment: Commitment,
    fields: CommitmentCsvFields,
  ): Promise<boolean> {
    const draft: ProgressDraft = {};
    if (fields.status !== undefined && fields.status !== commitment.status) {
      draft.status = fields.status as CommitmentStatus;
    }
    if (fields.progress !== undefined && fields.progress !== commitment.progress) {
      draft.progress = fields.progress;
    }
    if (fields.statusReason !== undefined && fields.statusReason !== commitment.statusReason) {
      draft.statusReason = fields.statusReason;
      draft.status ??= commitment.status;
    }
    let changed = false;
    if (draft.status !== undefined || draft.progress !== undefined) {
      await this.progress.record(em, commitment, actorId, draft);
      changed = true;
    }
    if (fields.published !== undefined && fields.published !== !!commitment.publishedAt) {
      await this.commitments.publishIn(em, commitment, fields.published);
      changed = true;
    }
    await em.flush();
    return changed;
  }

  private async recommendationId(em: EntityManager, reference: string): Promise<string> {
    const found = await em.findOne(Recommendation, byReference(reference), { fields: ['id'] });
    if (!found) throw new Undo([unknownRecommendation(reference)]);
    return found.id;
  }

  private async parentId(em: EntityManager, externalId: string): Promise<string> {
    const found = await em.findOne(Commitment, byReference(externalId), { fields: ['id'] });
    if (!found) throw new Undo([unknownParent(externalId)]);
    return found.id;
  }

  private async ownerId(em: EntityManager, email: string): Promise<string> {
    const membership = await em.findOne(
      Membership,
      { user: { email: normalizeEmail(email) }, status: MembershipStatus.Active },
      { populate: ['user'] },
    );
    if (!membership) throw new Undo([unknownOwner(email)]);
    return membership.user.id;
  }
}
