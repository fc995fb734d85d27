import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, LocaleEnum } from '@inclusion/graphql';
import type { Locale } from '@inclusion/i18n';
import { TenantKind, TenantStatus } from './tenant.entity';

export const TenantKindEnum = graphqlEnum(TenantKind, 'TenantKind');
export const TenantStatusEnum = graphqlEnum(TenantStatus, 'TenantStatus');

@ObjectType('Tenant', { description: 'A city, metropolis or region running its programme here.' })
export class TenantType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Unique, used in the X-Tenant header.' }) slug!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' }) country!: string;
  @Field(() => TenantKindEnum) kind!: TenantKind;
  @Field(() => LocaleEnum) defaultLocale!: Locale;
  @Field(() => String, { description: 'IANA time zone.' }) timeZone!: string;
  @Field(() => TenantStatusEnum) status!: TenantStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt?: Date | null;
}
