/** A PostgreSQL connection URL: postgres://… or postgresql://… */
export declare const isPostgresUrl: (url: unknown) => url is string;
