/** A PostgreSQL connection URL: postgres://… or postgresql://… */
export const isPostgresUrl = (url) => typeof url === 'string' && /^postgres(ql)?:\/\//.test(url);
