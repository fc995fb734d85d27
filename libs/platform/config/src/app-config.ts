import { envSchema, type Env } from './env.schema';

export class ConfigError extends Error {}

export interface AppConfig extends Env {
  migrateOnStart: boolean;
  isProduction: boolean;
}

/** Validates the environment once; every bad or missing variable is named in one message. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    isProduction: env.NODE_ENV === 'production',
    migrateOnStart: env.MIGRATE_ON_START ?? env.NODE_ENV !== 'production',
  };
}
