/**
 * Query limits, set from the contract's operations (../shared/contract/operations.graphql) with
 * room to spare: graphql-armor bounds depth, aliases, tokens and directives and hides field
 * suggestions; `queryCostLimit` refuses, before any resolver runs, an operation whose records
 * multiply past `MAX_QUERY_COST` through the `first` of nested connections.
 *
 * Measured on the contract (test/hardening/limits.test.ts prints and checks them): the deepest
 * operation is 7 levels deep (IngestArticle), no operation uses an alias or a directive, the
 * longest has 138 tokens (EntityPage), and the costliest at `first: 100` is EntityPage at 1,445
 * records (SourcePage and IngestArticle, fixed at 100, about 1,400).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  getNamedType,
  getNullableType,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const LIMITS = {
  /** Selection depth; the contract's deepest operation is 7. */
  maxDepth: 12,
  /** Aliases per operation; the contract uses none, a client comparing two lists needs a few. */
  maxAliases: 10,
  /** Lexical tokens per document; string literals count once, so an article as a literal fits. */
  maxTokens: 1_000,
  /** Directives per operation (@include/@skip); the contract uses none. */
  maxDirectives: 10,
  /** Records an operation may ask for, `first` multiplying through nesting (see operationCost). */
  maxCost: 5_000,
  /** Request body bytes: a 200,000-character article is at most 600 KB of UTF-8 inside its JSON. */
  maxBodyBytes: 1024 * 1024,
} as const;

/** What a list without a `first` (about, roles, an ingestion's entities) is assumed to hold. */
export const DEFAULT_LIST_SIZE = 10;

const reportToValidation = (context: ValidationContext | null, error: GraphQLError) => {
  // Reported as a validation error (GRAPHQL_VALIDATION_FAILED, 400 for graphql-response+json),
  // not thrown, so it never looks like a server fault.
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
};
const armorCallbacks = { propagateOnRejection: false, onReject: [reportToValidation] };

/** graphql-armor with the limits above; its own cost limit is off (it cannot see `first`). */
export function armorPlugin(): Plugin {
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: true, mask: '' },
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...armorCallbacks },
    maxAliases: { n: LIMITS.maxAliases, allowList: [], ...armorCallbacks },
    // Counted while parsing, where there is no validation context to report to: the parser throws.
    maxTokens: { n: LIMITS.maxTokens, propagateOnRejection: true },
    maxDirectives: { n: LIMITS.maxDirectives, ...armorCallbacks },
    costLimit: { enabled: false },
  }) as Plugin;
}

interface CostWalk {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  memo: Map<string, number>;
  fragmentPath: Set<string>;
}

/**
 * The records an operation asks for: every object field counts once per parent instance, a field
 * with `first` (a connection, or search) multiplies what is inside it by `first`, `nodes(ids:)` by
 * the number of ids, any other list by DEFAULT_LIST_SIZE. Leaves cost nothing; introspection costs 1.
 * Variables are coerced (defaults applied) first; undefined when they do not coerce, since the
 * execution will refuse the request anyway.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): number | undefined {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const root = rootType(schema, operation);
  if (!root) return undefined;
  const walk: CostWalk = { schema, document, variables: coerced.coerced, memo: new Map(), fragmentPath: new Set() };
  try {
    return selectionCost(walk, operation.selectionSet, root, undefined);
  } catch {
    return undefined; // arguments that do not coerce: execution answers with the reason
  }
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
}

function selectionCost(walk: CostWalk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, listSize: number | undefined): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, parent, listSize);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += selectionCost(walk, selection.selectionSet, type, listSize);
    } else {
      const name = selection.name.value;
      if (walk.fragmentPath.has(name)) continue; // a cycle: validation refuses it
      const key = `${name}\u0000${listSize ?? ''}`;
      let cost = walk.memo.get(key);
      if (cost === undefined) {
        const fragment = walk.document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
        const type = fragment?.kind === Kind.FRAGMENT_DEFINITION ? walk.schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment?.kind !== Kind.FRAGMENT_DEFINITION || !type || !isCompositeType(type)) continue;
        walk.fragmentPath.add(name);
        cost = selectionCost(walk, fragment.selectionSet, type, listSize);
        walk.fragmentPath.delete(name);
        walk.memo.set(key, cost);
      }
      total += cost;
    }
  }
  return total;
}

function fieldCost(walk: CostWalk, node: FieldNode, parent: GraphQLCompositeType, listSize: number | undefined): number {
  const name = node.name.value;
  if (name === '__typename') return 0;
  if (name === '__schema' || name === '__type') return 1;
  const field = isObjectType(parent) || isInterfaceType(parent) ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
  if (!field || !node.selectionSet) return 0;
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return 0;
  const args = field.args.length ? getArgumentValues(field, node, walk.variables) : {};
  const isList = isListType(getNullableType(field.type));
  const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
  let multiplier = 1;
  let childListSize: number | undefined;
  if (first !== undefined && isList) multiplier = first;
  else if (first !== undefined) childListSize = first; // a connection: its edges hold `first` items
  else if (isList) multiplier = Array.isArray(args.ids) ? args.ids.length : (listSize ?? DEFAULT_LIST_SIZE);
  return multiplier * (1 + selectionCost(walk, node.selectionSet, type, childListSize));
}

const MAX_CACHED_KEY = 1_024;
const MAX_CACHED_PER_DOCUMENT = 100;

/** Refuses an operation whose cost is over the limit before anything runs, saying why. */
export function queryCostLimit(maxCost: number = LIMITS.maxCost): Plugin {
  // Costs of the documents yoga's parser cache hands out again, by operation and (short)
  // variables: the same page asked for again is not walked again.
  const costs = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  const cachedCost = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined) => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    if (key.length > MAX_CACHED_KEY) return operationCost(schema, document, operationName, variables);
    let forDocument = costs.get(document);
    if (!forDocument) costs.set(document, (forDocument = new Map()));
    if (forDocument.has(key)) return forDocument.get(key);
    const cost = operationCost(schema, document, operationName, variables);
    if (forDocument.size >= MAX_CACHED_PER_DOCUMENT) forDocument.clear();
    forDocument.set(key, cost);
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = cachedCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost === undefined || cost <= maxCost) return;
      const message =
        `This operation asks for up to ${Math.round(cost).toLocaleString('en-US')} records, more than the limit of ${maxCost.toLocaleString('en-US')}: ` +
        `each connection multiplies what it contains by its \`first\` (first: 100 inside first: 100 is 10,000 records). ` +
        `Ask for smaller pages, or fewer nested lists, and page with \`after\`.`;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', cost: Math.round(cost), maxCost, http: { status: 400, spec: true } } })],
      });
    },
  };
}
