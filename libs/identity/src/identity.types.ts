import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { graphqlEnum, LocaleEnum } from '@inclusion/graphql';
import { LOCALES, type Locale } from '@inclusion/i18n';
import { MembershipRole } from './memberships/membership-role';
import { MembershipStatus } from './memberships/membership.entity';

export const MembershipRoleEnum = graphqlEnum(MembershipRole, 'MembershipRole');
export const MembershipStatusEnum = graphqlEnum(MembershipStatus, 'MembershipStatus');

export enum InvitationState {
  Pending = 'pending',
  Accepted = 'accepted',
  Revoked = 'revoked',
  Expired = 'expired',
}
export const InvitationStateEnum = graphqlEnum(InvitationState, 'InvitationState');

export const PASSWORD_MIN = 10;
/** argon2 accepts more, but a longer "password" is a paste accident or an attack. */
export const PASSWORD_MAX = 200;

@ObjectType('Member', { description: 'A person as other members of a tenant see them.' })
export class MemberType {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID) id!: string;
  @Field(() => [MembershipRoleEnum]) roles!: MembershipRole[];
  @Field(() => MembershipStatusEnum) status!: MembershipStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('Viewer', { description: 'The signed-in person, with their memberships everywhere.' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => LocaleEnum, { nullable: true }) locale?: Locale | null;
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => [MembershipRoleEnum]) roles!: MembershipRole[];
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt?: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>".' })
  accessToken!: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt!: Date;
  @Field(() => String, { description: 'Trade it with refreshSession; it works once.' })
  refreshToken!: string;
  @Field(() => GraphQLISODateTime) refreshTokenExpiresAt!: Date;
  @Field(() => ViewerType) viewer!: ViewerType;
}

@InputType()
export class SignInInput {
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
  @Field(() => String) @IsString() @Length(1, PASSWORD_MAX) password!: string;
}

@InputType()
export class EmailInput {
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
}

@InputType()
export class TokenInput {
  @Field(() => String) @IsString() @Length(16, 200) token!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String) @IsString() @Length(16, 200) refreshToken!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String) @IsString() @Length(16, 200) token!: string;
  @Field(() => String) @IsString() @Length(PASSWORD_MIN, PASSWORD_MAX) newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) @IsString() @Length(1, PASSWORD_MAX) currentPassword!: string;
  @Field(() => String) @IsString() @Length(PASSWORD_MIN, PASSWORD_MAX) newPassword!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) @IsString() @Length(16, 200) token!: string;
  @Field(() => String, { nullable: true, description: 'Required when the person has none yet.' })
  @IsOptional()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string | null;
  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: Locale | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
  @Field(() => String) @IsString() @Length(1, 120) displayName!: string;
  @Field(() => [MembershipRoleEnum])
  @ArrayNotEmpty()
  @ArrayMaxSize(5)
  @IsEnum(MembershipRole, { each: true })
  roles!: MembershipRole[];
  @Field(() => LocaleEnum, { nullable: true, description: "The invitee's language, if known." })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: Locale | null;
}

@InputType()
export class UpdateMembershipRolesInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field(() => [MembershipRoleEnum])
  @ArrayNotEmpty()
  @ArrayMaxSize(5)
  @IsEnum(MembershipRole, { each: true })
  roles!: MembershipRole[];
}
