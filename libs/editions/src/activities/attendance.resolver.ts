import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, Membership, loadUser, type RequestContext } from '@inclusion/identity';
import { TrainingTrack } from './activity.entity';
import { AttendanceTotalType, EditionIdArgs } from './activity.types';
import { AttendanceTotalsService, TRAINING_TARGET_HOURS } from './attendance-totals.service';

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
const TRAINING_TRACKS: (string | null)[] = Object.values(TrainingTrack);

@Resolver(() => AttendanceTotalType)
export class AttendanceResolver {
  constructor(private readonly totals: AttendanceTotalsService) {}

  @Access.inTenant('update', 'Activity')
  @Query(() => [AttendanceTotalType], {
    description: 'Hours attended per person and per track, against the 12-hour training.',
  })
  async attendanceTotals(@Ctx() ctx: RequestContext, @Args() args: EditionIdArgs) {
    const rows = await this.totals.forEdition(ctx.em, args.editionId);
    const byMember = new Map<string, typeof rows>();
    for (const row of rows)
      byMember.set(row.membershipId, [...(byMember.get(row.membershipId) ?? []), row]);
    const memberships = await ctx.em.find(Membership, { id: { $in: [...byMember.keys()] } });
    return Promise.all(
      memberships.map(async (membership) => {
        const own = byMember.get(membership.id) ?? [];
        const total = own.reduce((sum, row) => sum + row.minutes, 0);
        const training = own
          .filter((row) => TRAINING_TRACKS.includes(row.track))
          .reduce((sum, row) => sum + row.minutes, 0);
        return {
          membershipId: membership.id,
          member: await loadUser(ctx, membership.user.id),
          byTrack: own.map((row) => ({ track: row.track, hours: hours(row.minutes) })),
          totalHours: hours(total),
          trainingHours: hours(training),
          trainingTargetHours: TRAINING_TARGET_HOURS,
        };
      }),
    );
  }
}
