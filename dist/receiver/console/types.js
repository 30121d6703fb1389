/** The actor of a visit, for the audit log. */
export function actorOf(visit) {
    return visit.session.actor;
}
