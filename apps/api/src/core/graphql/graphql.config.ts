import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { GraphQLFormattedError } from 'graphql';
import { Env } from '../config/env';
import { ErrorCode } from './app-error';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/** Limits checked during validation, before any resolver runs. */
export const GRAPHQL_LIMITS = { maxAliases: 15, maxCost: 5000, maxDirectives: 20, maxTokens: 2000 };

// Apollo's own request-level codes (parse, validation…) pass through; everything else must
// already carry one of our codes, or it is hidden behind INTERNAL_SERVER_ERROR.
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

export function graphqlOptions(env: Env): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: env.GRAPHQL_MAX_DEPTH },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: !env.exposeSchemaDetails },
  });
  const protection = armor.protect();
  return {
    // Built in memory; `cli print-schema` writes apps/api/schema.gql and a test compares the two.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: env.exposeSchemaDetails,
    includeStacktraceInErrorResponses: env.exposeSchemaDetails,
    // Apollo's CSRF prevention: a non-preflighted request (form, simple GET) is refused.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [...protection.validationRules],
    // graphql-armor types @apollo/server's ESM build, Nest its CJS build: same plugin shape.
    plugins: [...protection.plugins] as ApolloDriverConfig['plugins'],
    formatError,
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
  };
}
