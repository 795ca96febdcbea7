import fc from 'fast-check';

// Property tests run with one seed so that CI is deterministic; FC_SEED=random explores new cases.
if (process.env.FC_SEED !== 'random') fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
