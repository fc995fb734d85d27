export { loadConfig, ConfigError, type AppConfig } from './app-config';
export { ConfigModule, APP_CONFIG } from './config.module';
