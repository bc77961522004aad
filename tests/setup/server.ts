/**
 * Global setup of the e2e suite: serve dist/ on 127.0.0.1 (any free port) and hand the base URL to the tests
 * (`inject('baseUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, close } = await serve(process.env.DIST_DIR ?? 'dist');
  project.provide('baseUrl', url);
  return close;
}
