import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

/*
 * The layering of ARCHITECTURE.md, held by `no-restricted-imports`: page or action → lib/<domain> →
 * lib/db. In flat config the last block that matches a file sets the rule's options, so every block
 * repeats the restrictions of the blocks it narrows (`layer` below builds them).
 */
const APP = {
  regex: '^(@/|(\\.\\./)+)app(/|$)',
  message: 'Only app/ imports app/: pass server actions to components as props (ARCHITECTURE: data flows one way).',
};
const DB = {
  regex: '^(@/|(\\.\\./)+)lib/db(/|$)',
  message: 'Components never import lib/db (nor its schema): go through lib/<domain>, or a label module that re-exports the type.',
};
const DOMAIN = {
  regex: '^@/lib/(?!(db|env)(/|$))',
  message: 'lib/db is the bottom layer: it never imports a domain folder (seeds live in scripts/seed).',
};
const ABOVE_FILINGS = {
  regex: '^@/lib/(units|posts|reports|review|kinds)(/|$)',
  message: 'lib/filings is below units, posts, reports and review: it never imports them.',
};
const ABOVE_ACCESS = {
  regex: '^@/lib/(filings|units|posts|reports|review|kinds)(/|$)',
  message: 'lib/access (viewer and scope) is below every domain: it never imports one.',
};
const ABOVE_DOMAINS = { regex: '^@/lib/(review|kinds)(/|$)', message: 'review and the kind registry sit on top of the domains: a domain never imports them.' };

const layer = (files, patterns, extra = {}) => ({ files, ...extra, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without where would touch every row of a table.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  layer(['components/**', 'lib/**', 'scripts/**', 'bench/**'], [APP]),
  layer(['components/**'], [APP, DB]),
  layer(['lib/db/**'], [APP, DOMAIN], { ignores: ['lib/db/**/*.test.ts'] }),
  // Tests may drive a domain from the top (e.g. a decision through lib/review); the code may not.
  layer(['lib/access/**'], [APP, ABOVE_ACCESS], { ignores: ['**/*.test.ts'] }),
  layer(['lib/filings/**'], [APP, ABOVE_FILINGS], { ignores: ['**/*.test.ts'] }),
  layer(['lib/units/**', 'lib/posts/**', 'lib/reports/**'], [APP, ABOVE_DOMAINS], { ignores: ['**/*.test.ts'] }),
  globalIgnores(['.next/**', 'node_modules/**', 'drizzle/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
