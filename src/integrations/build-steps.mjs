// Build steps a test build may leave out when it asserts nothing about their output, so
// fixture builds do not pay for them (issue 23): `IRYO_DX_SKIP_BUILD_STEPS=search-index,cms-bundle`.
// Unset (every real build, `npm run build`, the deploy workflow), nothing is skipped.

/** The steps that can be skipped, by the name the variable uses. */
export const buildSteps = /** @type {const} */ (['search-index', 'cms-bundle']);

/**
 * Whether this build was asked to leave out `step`.
 * @param {typeof buildSteps[number]} step
 * @param {NodeJS.ProcessEnv} [env]
 */
export function skipsBuildStep(step, env = process.env) {
  return (env.IRYO_DX_SKIP_BUILD_STEPS ?? '').split(',').map((name) => name.trim()).includes(step);
}
