// @actions/http-client imports undici's ProxyAgent when it loads, for getAgentDispatcher(), which
// serves fetch-based clients such as Octokit. This action never calls it (@actions/core and
// @actions/glob do not), yet the import alone bundles ~1.2 MB of undici and adds ~50 ms to every
// step's start-up (actions/toolkit#1621). package.json's `overrides` puts this in its place.
export class ProxyAgent {
  constructor() {
    throw new Error(
      "undici's ProxyAgent is not bundled in this action: @actions/http-client's getAgentDispatcher() is not available"
    )
  }
}
