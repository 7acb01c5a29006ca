export { AppError, ErrorCode } from './app-error';
export type { FieldError } from './app-error';
export { GraphqlExceptionFilter, requestLocale } from './graphql-exception.filter';
export { GRAPHQL_LIMITS, graphqlOptions } from './graphql.config';
export type { GraphqlContext } from './graphql.config';
export { localeFromHeader, messages, translate } from './messages';
export type { Locale, MessageKey } from './messages';
export { createValidationPipe, validatedInput } from './validation.pipe';
