import type { ApprovalDecision, ApprovalPort, ApprovalRequest } from "./approval-port";

/**
 * An approval port that answers from a function (tests, demos), and remembers what it was asked.
 *
 * @param decide - the decision for each request (default: refuse)
 * @returns the port with a `requests` log
 * @example
 * ```ts
 * const approvals = createMemoryApprovals(() => ({ isGranted: true, approvedBy: "mgr-1" }));
 * ```
 * @public
 */
export function createMemoryApprovals(
  decide: (request: ApprovalRequest) => ApprovalDecision = () => ({ isGranted: false }),
): ApprovalPort & { readonly requests: readonly ApprovalRequest[] } {
  const requests: ApprovalRequest[] = [];
  return {
    requests,
    requestApproval: async (request) => {
      requests.push(request);
      return decide(request);
    },
  };
}
