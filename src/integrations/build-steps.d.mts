export const buildSteps: readonly ['search-index', 'cms-bundle'];
export function skipsBuildStep(step: (typeof buildSteps)[number], env?: NodeJS.ProcessEnv): boolean;
