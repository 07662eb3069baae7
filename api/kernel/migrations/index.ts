import type { SchemaMigrations } from '../src/migrations.js';
import { m001Core } from './001_core.js';

export const coreMigrations: SchemaMigrations = {
  schema: 'core',
  migrations: { '001_core': m001Core },
};
