import fc from 'fast-check';

// CI must be reproducible, so property tests use a fixed seed there (FC_SEED overrides it);
// local runs keep a fresh seed each time so they keep exploring new inputs.
const fromEnv = process.env.FC_SEED;
const seed =
  fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
