/** A receipt or consent id as 16 bytes: the UUID's own bytes (any other text: its hash). */
export declare function idBytes(text: string): Buffer;
/** Where one record's line is in its segment. */
export interface LineRef {
    offset: number;
    length: number;
}
export interface IndexEntry extends LineRef {
    receipt: Buffer;
    consent: Buffer;
}
export declare class SealedIndex {
    /** Receipt ids, 16 bytes each, sorted. */
    private readonly ids;
    /** (consent id, offset, length), sorted by consent id then offset. */
    private readonly consents;
    private constructor();
    static build(entries: IndexEntry[]): SealedIndex;
    has(receipt: Buffer): boolean;
    lines(consent: Buffer): LineRef[];
    /** The file's bytes: magic, the segment's size (so a stale index is noticed), counts, tables. */
    serialize(segmentSize: number): Buffer;
    /** The index in `bytes`, or null when it is not one for a segment of `segmentSize` bytes. */
    static parse(bytes: Buffer, segmentSize: number): SealedIndex | null;
}
/** The index of the segment being written. */
export declare class ActiveIndex {
    readonly entries: IndexEntry[];
    private readonly ids;
    private readonly consents;
    add(receiptKey: string, consentId: string, ref: LineRef): void;
    has(receiptKey: string): boolean;
    lines(consentId: string): LineRef[];
    seal(): SealedIndex;
}
export declare function leadingIds(text: string): {
    receiptId: string;
    consentId: string;
} | null;
