/** One message ready for SMTP. */
export type OutgoingMessage = {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Our own Message-ID (`<…@…>`), deterministic per digest and subscriber so duplicates are recognisable. */
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
};

/**
 * What became of a submission: `sent` (the server said 250), `temporary` (4xx or a network failure: try
 * again later), `permanent` (5xx for this recipient or message: do not retry, count a bounce), `fatal`
 * (authentication, TLS or other configuration failures that would fail every message: stop the run).
 */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly messageId: string; readonly response: string }
  | { readonly kind: 'temporary' | 'permanent' | 'fatal'; readonly code: string; readonly message: string };

/** The narrow port the pipeline sends mail through; tests run the real SMTP implementation on loopback. */
export type Mailer = {
  /** Submits one message; expected failures come back as values, never thrown. */
  send(message: OutgoingMessage): Promise<SendOutcome>;
  /** Closes pooled connections. */
  close(): Promise<void>;
};
