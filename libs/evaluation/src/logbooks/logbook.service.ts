import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionPhase, EditionService } from '@inclusion/editions';
import { keysetPage, type Page, type PageArgs } from '@inclusion/graphql';
import type { RequestContext } from '@inclusion/identity';
import { ParticipantDirectory } from '@inclusion/participants';
import {
  entryTextRequired,
  logbookEntryNotFound,
  notAParticipant,
  stepRequired,
  unknownPhase,
} from '../evaluation.errors';
import { LogbookEntry } from './logbook-entry.entity';

export interface EntryDraft {
  phaseKey?: string | null;
  stepLabel?: string | null;
  text?: string;
  feelings?: string | null;
  discoveries?: string | null;
  difficulties?: string | null;
  shared?: boolean | null;
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

/**
 * Participants keep a logbook of their edition. Who reads an entry is row-level security's: its
 * author, the team running the edition, and the city's members once shared.
 */
@Injectable()
export class LogbookService {
  constructor(
    private readonly editions: EditionService,
    private readonly directory: ParticipantDirectory,
  ) {}

  async write(
    ctx: RequestContext,
    editionId: string,
    draft: EntryDraft & { text: string },
  ): Promise<LogbookEntry> {
    const edition = await this.editions.get(ctx.em, editionId);
    const author = ctx.requireActor().user.id;
    if (!(await this.directory.participationOf(ctx.em, edition.id, author))) {
      throw notAParticipant();
    }
    const entry = ctx.em.create(LogbookEntry, {
      tenantId: edition.tenantId,
      editionId: edition.id,
      authorId: author,
      text: draft.text,
    });
    await this.apply(ctx.em, entry, draft);
    await ctx.em.flush();
    return entry;
  }

  /** The author's own entry only: the team reads entries, it does not rewrite them. */
  async update(ctx: RequestContext, id: string, draft: EntryDraft): Promise<LogbookEntry> {
    const entry = await ctx.em.findOne(LogbookEntry, { id, authorId: ctx.requireActor().user.id });
    if (!entry) throw logbookEntryNotFound();
    await this.apply(ctx.em, entry, draft);
    await ctx.em.flush();
    return entry;
  }

  /** Newest first: the reader's own, the shared ones, and all of them for the team. */
  async list(
    ctx: RequestContext,
    filter: { editionId: string; mine?: boolean | null },
    page: PageArgs,
  ): Promise<Page<LogbookEntry>> {
    const edition = await this.editions.get(ctx.em, filter.editionId);
    return keysetPage(
      ctx.em,
      LogbookEntry,
      {
        editionId: edition.id,
        ...(filter.mine ? { authorId: ctx.requireActor().user.id } : {}),
      },
      page,
      { field: 'id', direction: 'desc', keyOf: (entry) => entry.id },
    );
  }

  private async apply(em: EntityManager, entry: LogbookEntry, draft: EntryDraft): Promise<void> {
    if (draft.phaseKey !== undefined) entry.phaseKey = blankToNull(draft.phaseKey);
    if (draft.stepLabel !== undefined) entry.stepLabel = blankToNull(draft.stepLabel);
    if (draft.text !== undefined) entry.text = draft.text.trim();
    for (const field of ['feelings', 'discoveries', 'difficulties'] as const) {
      if (draft[field] !== undefined) entry[field] = blankToNull(draft[field]);
    }
    if (draft.shared !== undefined && draft.shared !== null) {
      entry.sharedAt = draft.shared ? (entry.sharedAt ?? new Date()) : null;
    }
    if (!entry.phaseKey && !entry.stepLabel) throw stepRequired();
    if (!entry.text) throw entryTextRequired();
    if (
      entry.phaseKey &&
      !(await em.count(EditionPhase, { edition: entry.editionId, key: entry.phaseKey }))
    ) {
      throw unknownPhase(entry.phaseKey);
    }
  }
}
