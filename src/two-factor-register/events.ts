/** The typed events of <two-factor-register>'s own tabs. They bubble and are composed. */

/** A new set of recovery codes was confirmed and is now in force. Carries the count, never the codes. */
export class TwoFactorRecoveryCodesGeneratedEvent extends CustomEvent<{ total: number }> {
  static readonly eventName = 'two-factor-recovery-codes-generated';
  constructor(total: number) {
    super(TwoFactorRecoveryCodesGeneratedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { total },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'two-factor-recovery-codes-generated': TwoFactorRecoveryCodesGeneratedEvent;
  }
}
