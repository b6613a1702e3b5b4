export { ConfigError, type ConfigOverrides, loadConfig } from './load.ts';
export { type Config, configSchema } from './schema.ts';
