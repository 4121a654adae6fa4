import { fileURLToPath } from 'node:url';

/** Folders shipped with the package, found from this module whether run from src/ or dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL('../schema/timeline.schema.json', import.meta.url));
