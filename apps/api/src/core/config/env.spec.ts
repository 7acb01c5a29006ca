import { InvalidEnvError, loadEnv } from './env';

describe('loadEnv', () => {
  it('applies defaults and converts types', () => {
    const env = loadEnv({ API_PORT: '4000', GRAPHQL_INTROSPECTION: 'true', NODE_ENV: 'development' });
    expect(env.API_PORT).toBe(4000);
    expect(env.exposeSchemaDetails).toBe(true);
    expect(env.corsOrigins).toEqual(['http://localhost:5173', 'http://127.0.0.1:5173']);
  });

  it('never exposes the schema outside development, whatever the flag says', () => {
    expect(loadEnv({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).exposeSchemaDetails).toBe(false);
    expect(loadEnv({ NODE_ENV: 'test', GRAPHQL_INTROSPECTION: 'true' }).exposeSchemaDetails).toBe(false);
  });

  it('fails fast listing every invalid variable', () => {
    let message = '';
    try {
      loadEnv({ API_PORT: 'abc', DATABASE_URL: 'mysql://x', MEILI_MASTER_KEY: 'short', NODE_ENV: 'staging' });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvError);
      message = (error as Error).message;
    }
    for (const name of ['API_PORT', 'DATABASE_URL', 'MEILI_MASTER_KEY', 'NODE_ENV']) expect(message).toContain(name);
  });
});
