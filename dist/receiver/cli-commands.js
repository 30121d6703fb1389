/**
 * The `samtykke-receiver` commands that work on stored proof rather than serve it: verify,
 * purge and erase, on a log directory or on PostgreSQL (`--postgres URL`).
 *
 * Exit codes: 0 done (or the chain verifies), 1 the chain does not verify or the store could
 * not be reached, 2 bad usage.
 */
import { resolve } from 'node:path';
import { listSegments, verifyLog } from './chain.js';
import { migratePg, removePg, verifyPg } from './pg-admin.js';
import { TABLE } from './pg-sql.js';
import { removeFromLog } from './file-admin.js';
import { DEFAULT_HOLD_DAYS } from './tombstone.js';
import { isUuid } from './validate.js';
function pgOptions(input, fail) {
    const seconds = Number(input.waitSeconds);
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 86_400)
        fail('--wait-seconds must be a whole number from 0 to 86400', 2);
    return {
        waitMs: seconds * 1000,
        onRetry: (error, waitMs) => process.stderr.write(`samtykke-receiver: PostgreSQL not reachable (${error}); retrying in ${waitMs} ms\n`),
    };
}
async function requireLog(dir, fail) {
    if ((await listSegments(dir)).length === 0)
        fail(`no proof log (proofs-000001.jsonl) in ${resolve(dir)}`, 2);
}
function removal(input, fail) {
    const now = new Date();
    if (input.command === 'purge') {
        const holdDays = input.holdDays === undefined ? DEFAULT_HOLD_DAYS : Number(input.holdDays);
        if (!Number.isInteger(holdDays) || holdDays < 0 || holdDays > 36_500)
            fail('--hold-days must be a whole number from 0 to 36500', 2);
        if (input.consentId !== undefined || input.subject !== undefined)
            fail('purge takes --hold-days only; use erase for one person', 2);
        return { kind: 'retention', holdDays, now };
    }
    if ((input.consentId === undefined) === (input.subject === undefined))
        fail('erase takes one of --consent-id ID or --subject REF', 2);
    if (input.consentId !== undefined) {
        if (!isUuid(input.consentId))
            fail('--consent-id must be a UUID', 2);
        return { kind: 'erasure', consentId: input.consentId, now };
    }
    if (input.subject === '')
        fail('--subject must not be empty', 2);
    return { kind: 'erasure', subject: input.subject, now };
}
export async function runCommand(input, fail) {
    if (input.command === 'migrate') {
        try {
            await migratePg(input.postgres, pgOptions(input, fail));
        }
        catch (err) {
            return fail(err.message, 1);
        }
        process.stdout.write(`migrate: table ${TABLE} and its append function are up to date\n`);
        process.exit(0);
    }
    if (input.command === 'verify') {
        let result;
        try {
            if (input.postgres !== undefined)
                result = await verifyPg(input.postgres, pgOptions(input, fail));
            else {
                await requireLog(input.dir, fail);
                result = await verifyLog(input.dir);
            }
        }
        catch (err) {
            return fail(err.message, 1);
        }
        if (result.ok) {
            // The head hash is what an outside copy should record: the chain cannot vouch for its own end.
            const { records, tombstones, removals, head } = result;
            process.stdout.write(`ok: ${records} records (last line sha256 ${head}); ${tombstones} tombstone${tombstones === 1 ? '' : 's'}, ` +
                `${removals} removal record${removals === 1 ? '' : 's'}\n`);
            process.exit(0);
        }
        process.stdout.write(`${result.error}\n`);
        process.exit(1);
    }
    const what = removal(input, fail);
    let count;
    try {
        if (input.postgres !== undefined)
            count = await removePg(input.postgres, what, pgOptions(input, fail));
        else {
            await requireLog(input.dir, fail);
            count = await removeFromLog(input.dir, what);
        }
    }
    catch (err) {
        return fail(err.message, 1);
    }
    const why = what.kind === 'retention' ? `expired more than ${what.holdDays} days ago` : 'erased on request';
    process.stdout.write(`${input.command}: ${count} receipt${count === 1 ? '' : 's'} ${why}, replaced by tombstones` +
        `${count > 0 ? ' and named in a removal record at the end of the chain' : ''}; the chain still verifies\n`);
    process.exit(0);
}
