/**
 * Starting a connection's Query early. `official(id:) { statements }` would otherwise read the
 * official, then start the statements Query; but that Query needs only the id from the
 * arguments, so the parent resolver starts it at once (looking ahead at the selection), and the
 * connection field picks up the result. Per request: the map lives as long as the context.
 */
import { type GraphQLResolveInfo, getArgumentValues, getNamedType, isObjectType } from 'graphql';
import type { Context } from './context.js';

const started = new WeakMap<Context, Map<string, Promise<unknown>>>();

/**
 * The arguments of the one `field` selected directly under the current field, with defaults
 * applied; undefined when it is not selected, or selected more than once (aliases), or only
 * inside fragments (then nothing is started early and the field reads as usual).
 */
export function selectedFieldArgs(info: GraphQLResolveInfo, field: string): Record<string, unknown> | undefined {
  const parentType = getNamedType(info.returnType);
  if (!isObjectType(parentType)) return undefined;
  const definition = parentType.getFields()[field];
  if (!definition) return undefined;
  const nodes = info.fieldNodes.flatMap((node) =>
    (node.selectionSet?.selections ?? []).filter((s) => s.kind === 'Field' && s.name.value === field),
  );
  if (nodes.length !== 1 || nodes[0].kind !== 'Field') return undefined;
  try {
    return getArgumentValues(definition, nodes[0], info.variableValues);
  } catch {
    return undefined; // invalid arguments: let the field itself report them
  }
}

/** Starts a connection's Query; the request's loaders hold their next batch until it answers. */
function startQuery<T>(context: Context, start: () => Promise<T>): Promise<T> {
  const promise = start();
  context.loaders.queryStarted(promise);
  return promise;
}

export function startEarly<T>(context: Context, key: string, start: () => Promise<T>): void {
  let forRequest = started.get(context);
  if (!forRequest) started.set(context, (forRequest = new Map()));
  const promise = startQuery(context, start);
  promise.catch(() => {}); // the field that takes it reports the error
  forRequest.set(key, promise);
}

/** The result started early under `key`, taken once; otherwise `start()` now. */
export function takeOrStart<T>(context: Context, key: string, start: () => Promise<T>): Promise<T> {
  const forRequest = started.get(context);
  const early = forRequest?.get(key) as Promise<T> | undefined;
  if (early) {
    forRequest!.delete(key);
    return early;
  }
  return startQuery(context, start);
}
