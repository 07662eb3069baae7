/**
 * RFC 9457 problem details, as every API route answers on error.
 * `detail` is always a French sentence a member can act on; `errors` names the form fields to mark.
 */
export interface FieldError {
  field: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId?: string;
  /** Machine-readable reason, e.g. `cgu-required`, `session-expired`, `csrf`, `forbidden-feature`. */
  code?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
