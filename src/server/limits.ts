import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  getVariableValues,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../db/errors';
import { LIMITS } from '../model';

/** graphql-armor throws its finding as a "Syntax Error"; report it as the validation error it is. */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** Refused while validating, before any resolver (and so the database) runs. */
export function validationRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: LIMITS.maxQueryDepth,
      ignoreIntrospection: true,
      exposeLimits: true,
      ...reportAsValidationError,
    }),
    maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: true, ...reportAsValidationError }),
  ] as ValidationRule[];
}

/**
 * The estimated cost of an operation, from each field's `complexity` (lists cost their children once
 * per item they may return; analyses and walks also the work they do: ANALYTICS_COST in
 * src/analytics/analytics.resolver.ts, NETWORK_COST in src/network/network.limits.ts), and 1 for a
 * field without one. graphql-query-complexity throws on variables it cannot coerce.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * The cost of an operation (operationCost), checked once the operation and its variables are known
 * and before it runs: past `max` it is refused with QUERY_TOO_COMPLEX, before any resolver runs and
 * so before any Cypher is sent.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, max = LIMITS.maxComplexity): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text, so a cost is
  // computed once per document, operation and variables, not once per request (a bounded cache).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operationName, variables);
      if (known.size >= 256) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema: requestSchema }) {
          // Variables Apollo has not coerced yet are its to refuse (400 BAD_USER_INPUT), not ours.
          if (!operation) return;
          const coerced = getVariableValues(
            requestSchema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors?.length) return;
          const complexity = costOf(document, request.operationName, request.variables ?? {});
          if (complexity > max) {
            throw new GraphQLError(
              `The query is too costly: its estimated cost is ${complexity}, the limit is ${max}. ` +
                'Ask for smaller pages (`first`), fewer nested lists, or fewer or smaller walks ' +
                '(neighbourhood, paths, search); an analysis (centrality, communities, ' +
                'similarMunicipalities, interlocks) takes over half the budget: one per request.',
              {
                extensions: {
                  code: ErrorCode.QUERY_TOO_COMPLEX,
                  complexity,
                  maxComplexity: max,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
