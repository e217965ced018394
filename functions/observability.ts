/**
 * Powertools for every function: structured JSON logs carrying the Lambda request id, X-Ray
 * tracing (a handler subsegment annotated with cold start and service) and CloudWatch metrics in
 * EMF, flushed after each invocation. Configuration comes from the POWERTOOLS_* environment the
 * stack sets. Events are never logged: they carry the editor's Authorization header.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';

export const logger = new Logger();
export const tracer = new Tracer();
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

/** Wraps a handler with the request id in every log line, a traced subsegment and metrics. */
export function instrumented<E, R>(handler: (event: E, context: Context) => Promise<R>): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    logger.addContext(context);
    metrics.captureColdStartMetric();
    const segment = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    try {
      return await handler(event, context);
    } catch (error) {
      if (subsegment) tracer.addErrorAsMetadata(error as Error);
      logger.error('invocation failed', { error });
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}
