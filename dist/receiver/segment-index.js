/**
 * The file log's indexes: which receipt ids are stored (dedupe) and where each consent id's
 * records are (an access request's export reads those lines and nothing else).
 *
 * A sealed segment's index is a small binary file beside it (proofs-000001.idx), written when
 * the segment is sealed and loaded in one read at start-up: two sorted tables searched by
 * bisection, so a log of a million records needs neither a scan nor a million strings in
 * memory. The segment being written has its index in memory, rebuilt from its lines at start.
 *
 * An index is derived data: missing or not matching its segment's size, it is rebuilt from
 * the segment. It is never evidence; `verify` never reads it.
 */
import { createHash } from 'node:crypto';
const MAGIC = Buffer.from('SMTKIDX1');
const ID = 16;
/** consent id, offset, length. */
const ENTRY = ID + 8;
/** A receipt or consent id as 16 bytes: the UUID's own bytes (any other text: its hash). */
export function idBytes(text) {
    const hex = text.replace(/-/g, '');
    if (/^[0-9a-fA-F]{32}$/.test(hex))
        return Buffer.from(hex, 'hex');
    return createHash('sha256').update(text).digest().subarray(0, ID);
}
function bisect(table, width, key) {
    let low = 0;
    let high = table.length / width;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (Buffer.compare(table.subarray(mid * width, mid * width + ID), key) < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
export class SealedIndex {
    ids;
    consents;
    constructor(
    /** Receipt ids, 16 bytes each, sorted. */
    ids, 
    /** (consent id, offset, length), sorted by consent id then offset. */
    consents) {
        this.ids = ids;
        this.consents = consents;
    }
    static build(entries) {
        const ids = Buffer.concat(entries.map((e) => e.receipt).sort(Buffer.compare));
        const sorted = [...entries].sort((a, b) => Buffer.compare(a.consent, b.consent) || a.offset - b.offset);
        const consents = Buffer.alloc(sorted.length * ENTRY);
        sorted.forEach((e, i) => {
            e.consent.copy(consents, i * ENTRY);
            consents.writeUInt32BE(e.offset, i * ENTRY + ID);
            consents.writeUInt32BE(e.length, i * ENTRY + ID + 4);
        });
        return new SealedIndex(ids, consents);
    }
    has(receipt) {
        const at = bisect(this.ids, ID, receipt);
        return at * ID < this.ids.length && this.ids.subarray(at * ID, at * ID + ID).equals(receipt);
    }
    lines(consent) {
        const found = [];
        for (let at = bisect(this.consents, ENTRY, consent) * ENTRY; at < this.consents.length; at += ENTRY) {
            if (!this.consents.subarray(at, at + ID).equals(consent))
                break;
            found.push({ offset: this.consents.readUInt32BE(at + ID), length: this.consents.readUInt32BE(at + ID + 4) });
        }
        return found;
    }
    /** The file's bytes: magic, the segment's size (so a stale index is noticed), counts, tables. */
    serialize(segmentSize) {
        const header = Buffer.alloc(MAGIC.length + 16);
        MAGIC.copy(header);
        header.writeDoubleBE(segmentSize, MAGIC.length);
        header.writeUInt32BE(this.ids.length / ID, MAGIC.length + 8);
        header.writeUInt32BE(this.consents.length / ENTRY, MAGIC.length + 12);
        return Buffer.concat([header, this.ids, this.consents]);
    }
    /** The index in `bytes`, or null when it is not one for a segment of `segmentSize` bytes. */
    static parse(bytes, segmentSize) {
        const head = MAGIC.length + 16;
        if (bytes.length < head || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
            return null;
        if (bytes.readDoubleBE(MAGIC.length) !== segmentSize)
            return null;
        const ids = bytes.readUInt32BE(MAGIC.length + 8);
        const consents = bytes.readUInt32BE(MAGIC.length + 12);
        if (bytes.length !== head + ids * ID + consents * ENTRY)
            return null;
        return new SealedIndex(bytes.subarray(head, head + ids * ID), bytes.subarray(head + ids * ID));
    }
}
/** The index of the segment being written. */
export class ActiveIndex {
    entries = [];
    ids = new Set();
    consents = new Map();
    add(receiptKey, consentId, ref) {
        const consent = consentId.toLowerCase();
        this.ids.add(receiptKey);
        const refs = this.consents.get(consent);
        if (refs)
            refs.push(ref);
        else
            this.consents.set(consent, [ref]);
        this.entries.push({ receipt: idBytes(receiptKey), consent: idBytes(consent), ...ref });
    }
    has(receiptKey) {
        return this.ids.has(receiptKey);
    }
    lines(consentId) {
        return this.consents.get(consentId.toLowerCase()) ?? [];
    }
    seal() {
        return SealedIndex.build(this.entries);
    }
}
/**
 * The receipt and consent id of a record line, read without parsing the whole line: records
 * are written with v, receiptId and consentId first. null when the line is not shaped so (a
 * tombstone, or a record written otherwise): the caller parses it then.
 */
const LEADING_IDS = /"record":\{"v":1,"receiptId":"([^"\\]+)","consentId":"([^"\\]+)"/;
export function leadingIds(text) {
    const m = LEADING_IDS.exec(text);
    return m ? { receiptId: m[1], consentId: m[2] } : null;
}
