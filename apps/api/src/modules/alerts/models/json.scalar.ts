import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, as is. The service checks its shape (a saved search's filters are validated by
 * the search's own filter input class), so a wrong value is BAD_USER_INPUT with field paths.
 */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value',
  serialize: (value: unknown) => value,
  parseValue: (value: unknown) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
