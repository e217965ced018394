/**
 * Imported first by bench/run.ts, so it runs before any library module loads: the benchmark times
 * the production builds that the Lambda bundles run (graphql-js picks its development checks when
 * it loads), on any platform (a `NODE_ENV=production` prefix in package.json needs a POSIX shell).
 */
process.env.NODE_ENV = 'production';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
