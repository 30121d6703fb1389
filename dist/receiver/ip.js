/**
 * The client address a receipt is stored with, truncated: IPv4 to its /24 ("203.0.113.0"),
 * IPv6 to its /48 ("2001:db8:85a3::"). Enough to tell networks apart in an audit, not enough to
 * single out a visitor, so the proof log does not become a log of personal IP addresses.
 *
 * It must never return a full address. Anything it cannot parse becomes null, not a guess.
 */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function parseIpv4(text) {
    const m = IPV4.exec(text);
    if (!m)
        return null;
    const parts = m.slice(1).map(Number);
    return parts.every((n) => n <= 255) ? parts : null;
}
/** The eight 16-bit groups of an IPv6 address, or null. Handles "::" and a dotted IPv4 tail. */
function parseIpv6(text) {
    let rest = text.replace(/%.*$/, ''); // a zone id ("%eth0") names an interface, not a host
    const tail = [];
    const lastColon = rest.lastIndexOf(':');
    if (lastColon >= 0 && rest.includes('.', lastColon)) {
        // "::ffff:192.0.2.1": the last 32 bits written as IPv4.
        const v4 = parseIpv4(rest.slice(lastColon + 1));
        if (!v4)
            return null;
        tail.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        rest = rest.slice(0, lastColon + 1);
        if (!rest.endsWith('::'))
            rest = rest.slice(0, -1);
    }
    const halves = rest.split('::');
    if (halves.length > 2)
        return null;
    const groups = (s) => (s === '' ? [] : s.split(':'));
    const head = groups(halves[0]);
    const back = halves.length === 2 ? groups(halves[1]) : [];
    if (![...head, ...back].every((g) => /^[0-9a-f]{1,4}$/i.test(g)))
        return null;
    const count = head.length + back.length + tail.length;
    if (halves.length === 1 ? count !== 8 : count > 7)
        return null;
    const zeros = new Array(8 - count).fill(0);
    return [...head.map((g) => parseInt(g, 16)), ...zeros, ...back.map((g) => parseInt(g, 16)), ...tail];
}
/** RFC 5952 text: lowercase, no leading zeros, the longest run of zero groups as "::". */
function formatIpv6(groups) {
    let best = -1;
    let bestLength = 1; // a single zero group is not compressed
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i += 1;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j += 1;
        if (j - i > bestLength)
            [best, bestLength] = [i, j - i];
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}
/** Truncates an address (IPv4, IPv6, or IPv4-mapped IPv6) to its network, or null. */
export function truncateIp(address) {
    if (!address)
        return null;
    const text = address.trim();
    const v4 = parseIpv4(text);
    if (v4)
        return `${v4[0]}.${v4[1]}.${v4[2]}.0`;
    const v6 = parseIpv6(text);
    if (!v6)
        return null;
    // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket: truncate it as IPv4.
    if (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff) {
        return `${v6[6] >> 8}.${v6[6] & 0xff}.${v6[7] >> 8}.0`;
    }
    return formatIpv6([v6[0], v6[1], v6[2], 0, 0, 0, 0, 0]);
}
