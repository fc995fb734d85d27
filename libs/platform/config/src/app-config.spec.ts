import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for local development', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.migrateOnStart).toBe(true);
    expect(config.isProduction).toBe(false);
  });

  it('names every bad or missing variable in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'not a url' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/PORT[\s\S]*REDIS_URL|REDIS_URL[\s\S]*PORT/),
      }),
    );
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
  });

  it('does not migrate on start in production unless asked', () => {
    const env = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) };
    expect(loadConfig(env).migrateOnStart).toBe(false);
    expect(loadConfig({ ...env, MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });
});
