import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { ormOptions } from './orm-options';
import { IndependentTransactions } from './independent-transactions';
import { TransactionRunner } from './transaction-runner';

/** The runtime connection: the role that owns nothing and cannot bypass row-level security. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          driver: PostgreSqlDriver,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...ormOptions({ url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX }),
            autoLoadEntities: true,
            registerRequestContext: false,
          }),
        }) as DynamicModule,
      ],
      providers: [TransactionRunner, IndependentTransactions],
      exports: [TransactionRunner, IndependentTransactions],
    };
  }
}
