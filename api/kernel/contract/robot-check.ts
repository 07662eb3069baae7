/**
 * « Je ne suis pas un robot » (ALTCHA, self-hosted): the challenge the widget fetches from its
 * `challengeurl` (`GET /api/auth/activation/challenge`, `GET /api/adhesion/espace/challenge`), as
 * altcha-lib's `Challenge` makes it. Pure: browser-safe.
 */
export interface RobotChallenge {
  parameters: RobotChallengeParameters;
  signature?: string;
  codeChallenge?: { image: string; audio?: string; length?: number };
}

export interface RobotChallengeParameters {
  algorithm: string;
  nonce: string;
  salt: string;
  cost: number;
  keyLength: number;
  keyPrefix: string;
  keySignature?: string;
  memoryCost?: number;
  parallelism?: number;
  /** Unix time, in seconds. */
  expiresAt?: number;
  data?: Record<string, string | number | boolean | null>;
}
