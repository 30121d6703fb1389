/** A PostgreSQL connection URL: postgres://… or postgresql://… */
export const isPostgresUrl = (url: unknown): url is string => typeof url === 'string' && /^postgres(ql)?:\/\//.test(url);
