import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
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
 * The cost of an operation, from each field's `complexity` (lists cost their children once per
 * item they may return), checked once the operation and its variables are known and before it runs.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, max = LIMITS.maxComplexity): ApolloServerPlugin {
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
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > max) {
            throw new GraphQLError(
              `The query is too costly: its estimated cost is ${complexity}, the limit is ${max}. ` +
                'Ask for smaller pages (`first`) or fewer nested lists.',
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
