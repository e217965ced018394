/**
 * Powertools for every function: structured JSON logs carrying the Lambda request id, and
 * CloudWatch metrics in EMF (a ColdStart metric, flushed after each invocation). Configuration
 * comes from the POWERTOOLS_* environment the stack sets. Events are never logged: they carry the
 * editor's Authorization header.
 *
 * Tracing is Lambda's own (active tracing: a segment per invocation, with an Initialization
 * subsegment on a cold start). The Powertools Tracer is not loaded: it only added a handler
 * subsegment with a ColdStart annotation, and its X-Ray SDK (~100 KiB) cost ~25 ms of every cold
 * start (bench/README.md).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';

export const logger = new Logger();
export const metrics = new Metrics();

type Level = 'debug' | 'info' | 'warn' | 'error';

/** The logger shape yoga and the server expect, writing through Powertools. */
export const serverLogger: Record<Level, (...args: unknown[]) => void> = {
  debug: (...args) => write('debug', args),
  info: (...args) => write('info', args),
  warn: (...args) => write('warn', args),
  error: (...args) => write('error', args),
};

function write(level: Level, [message, ...rest]: unknown[]): void {
  const extras = rest.map((value) =>
    value instanceof Error ? { error: value } : value && typeof value === 'object' ? (value as Record<string, unknown>) : { detail: String(value) },
  );
  if (message instanceof Error) logger[level](message.message, { error: message }, ...extras);
  else logger[level](String(message), ...extras);
}

/** Wraps a handler with the request id in every log line, and metrics. */
export function instrumented<E, R>(handler: (event: E, context: Context) => Promise<R>): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    logger.addContext(context);
    metrics.captureColdStartMetric();
    try {
      return await handler(event, context);
    } catch (error) {
      logger.error('invocation failed', { error });
      throw error;
    } finally {
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}
