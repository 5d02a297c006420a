// The events that run the scheduled audit (SPEC 11), in a module of their own: the Action's entry
// decides which path it takes before it loads that path's code (src/action/deploy.ts).
/** Events on which the Action without `environment` runs the audit (SPEC 11). */
export const AUDIT_EVENTS = ["schedule", "workflow_dispatch"];
