import type { Permission } from "../permissions/permission";

/**
 * What an approval is asked for.
 *
 * @public
 */
export interface ApprovalRequest {
  readonly permission: Permission;
  /** The operator who lacks the permission. */
  readonly requestedBy: string;
  readonly saleId: string;
  /** The line, discount or sale concerned. */
  readonly subject?: string;
  readonly reason?: string;
  /** Facts for the approver's screen (amounts, percentages). */
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * The approver's answer.
 *
 * @public
 */
export type ApprovalDecision =
  | { readonly isGranted: true; readonly approvedBy: string }
  | { readonly isGranted: false; readonly reason?: string };

/**
 * The approval port: the host asks a manager (PIN, badge, remote) and answers.
 *
 * @public
 */
export interface ApprovalPort {
  /**
   * @param request - what is asked
   * @returns the decision
   */
  requestApproval(request: ApprovalRequest): Promise<ApprovalDecision>;
}
