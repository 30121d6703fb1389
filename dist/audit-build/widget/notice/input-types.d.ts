/** The whole of input.generated.ts. */
export declare function noticeInputSource(): string;
