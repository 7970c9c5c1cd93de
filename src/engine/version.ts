/** Bumped on any rule change that changes a replay's hashes. */
export const ENGINE_VERSION = 4;
