import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EditionsModule } from '@inclusion/editions';
import { IdentityModule } from '@inclusion/identity';
import { MailOutboxModule } from '@inclusion/mail';
import { PERSONAL_DATA_CONTRIBUTORS, type PersonalDataContributor } from '@inclusion/identity';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';
import { EditionRetention } from './retention/edition-retention.entity';
import { RetentionScheduler } from './retention/retention.scheduler';
import { RetentionService } from './retention/retention.service';

export interface PrivacyOptions {
  /** Every library's contributor; their modules (in `imports`) must export them. */
  contributors: Type<PersonalDataContributor>[];
  imports: (Type | DynamicModule)[];
}

const contributorsProvider = ({ contributors }: PrivacyOptions): Provider => ({
  provide: PERSONAL_DATA_CONTRIBUTORS,
  inject: contributors,
  useFactory: (...instances: PersonalDataContributor[]) => instances,
});

/** In the API: a person's export and erasure of their own data. */
@Module({})
export class PrivacyModule {
  static register(options: PrivacyOptions): DynamicModule {
    return {
      module: PrivacyModule,
      imports: [IdentityModule, MikroOrmModule.forFeature([EditionRetention]), ...options.imports],
      providers: [PrivacyService, PrivacyResolver, contributorsProvider(options)],
      exports: [PrivacyService],
    };
  }
}

/** In the worker: participants' data erased when their edition's retention period is over. */
@Module({})
export class RetentionModule {
  static register(options: PrivacyOptions): DynamicModule {
    return {
      module: RetentionModule,
      imports: [
        EditionsModule,
        MailOutboxModule,
        MikroOrmModule.forFeature([EditionRetention]),
        ...options.imports,
      ],
      providers: [RetentionService, RetentionScheduler, contributorsProvider(options)],
      exports: [RetentionService],
    };
  }
}
