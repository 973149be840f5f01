/** The authenticator tab's typed events. Both bubble and are composed, like every event of the library. */

const init = { bubbles: true, composed: true } as const;

/** An authenticator app was verified and stored; `detail.name` is the name the user gave it. */
export class TwoFactorTotpAddedEvent extends CustomEvent<{ name?: string }> {
  static readonly eventName = 'two-factor-totp-added';
  constructor(name?: string) {
    super(TwoFactorTotpAddedEvent.eventName, { ...init, detail: name ? { name } : {} });
  }
}

/** The authenticator app was removed. */
export class TwoFactorTotpRemovedEvent extends Event {
  static readonly eventName = 'two-factor-totp-removed';
  constructor() {
    super(TwoFactorTotpRemovedEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'two-factor-totp-added': TwoFactorTotpAddedEvent;
    'two-factor-totp-removed': TwoFactorTotpRemovedEvent;
  }
}
