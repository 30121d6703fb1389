/**
 * The client address a receipt is stored with, truncated: IPv4 to its /24 ("203.0.113.0"),
 * IPv6 to its /48 ("2001:db8:85a3::"). Enough to tell networks apart in an audit, not enough to
 * single out a visitor, so the proof log does not become a log of personal IP addresses.
 *
 * It must never return a full address. Anything it cannot parse becomes null, not a guess.
 */
/** Truncates an address (IPv4, IPv6, or IPv4-mapped IPv6) to its network, or null. */
export declare function truncateIp(address: string | undefined | null): string | null;
