// @actions/core's own workflow-command writers, imported from its files rather than through
// its index (whose "exports" map offers nothing else). The index also loads @actions/core's
// OIDC client, and with it @actions/http-client and undici: ~1 MB that every action parsed at
// start (35-40 ms, the larger part of a small action's start-up). The kit builds the same
// calls @actions/core makes from these; getIDToken loads the index when a token is wanted.
// (A test holds each kit function's output to @actions/core's own for the same arguments.)
export { issueCommand } from "../../../node_modules/@actions/core/lib/command.js";
export { issueFileCommand, prepareKeyValueMessage } from "../../../node_modules/@actions/core/lib/file-command.js";
export { toCommandValue } from "../../../node_modules/@actions/core/lib/utils.js";
