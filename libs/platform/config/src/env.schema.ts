import { z } from 'zod';

const DEV_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .url()
      .default('postgres://inclusion_app:inclusion_app@127.0.0.1:5432/inclusion'),
    DATABASE_OWNER_URL: z
      .string()
      .url()
      .default('postgres://inclusion_owner:inclusion_owner@127.0.0.1:5432/inclusion'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i)
      .default('inclusion'),
    SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Inclusive Cities <no-reply@inclusive-cities.local>'),
    PUBLIC_APP_URL: z.string().url().default('http://localhost:3000'),
    /** Where this API is reached from outside: links it serves itself (calendar feeds) start here. */
    PUBLIC_API_URL: z.string().url().default('http://localhost:3000'),
    AUTH_SECRET: z.string().min(32).default(DEV_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    MIGRATE_ON_START: booleanFlag.optional(),
    // Each GraphQL response tells how many SQL statements it took (extensions.sqlStatements), for
    // benchmarks and the tests that keep queries from growing with a page or the number of cities.
    SQL_STATEMENT_STATS: booleanFlag.default(false),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
    // Mail delivery: the outbox relay and the mail queue's retries (apps/worker).
    OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
    OUTBOX_ENQUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
    OUTBOX_REQUEUE_AFTER_MS: z.coerce.number().int().min(1000).default(300000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3600000).default(30000),
    // Mails one worker delivers at once, each on its own SMTP connection and database connection
    // (a delivery holds its outbox row locked while the server answers): below DATABASE_POOL_MAX.
    MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
    REMINDER_SCAN_MS: z.coerce.number().int().min(1000).max(3600000).default(300000),
    // Participants' personal data goes this long after their edition ends; coordinators are
    // warned RETENTION_WARNING_DAYS before.
    PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
    RETENTION_WARNING_DAYS: z.coerce.number().int().min(1).max(180).default(30),
    FOLLOW_UP_SCAN_MS: z.coerce.number().int().min(1000).max(86400000).default(3600000),
    RETENTION_SCAN_MS: z.coerce.number().int().min(1000).max(86400000).default(3600000),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.AUTH_SECRET === DEV_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'must be set to a secret of at least 32 characters in production',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
