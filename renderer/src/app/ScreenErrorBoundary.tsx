import { Component, type ErrorInfo, type ReactNode } from 'react';

export type ScreenErrorBoundaryProps = {
  children: ReactNode;
  /** Takes the reporter back to safe ground (the library). */
  onReset: () => void;
};

type State = { failed: boolean };

/**
 * Catches a screen that fails to render, so the reporter sees a plain message and a way back instead
 * of a blank window or a stack trace. Drafts are in the store up to their last save; the details go to
 * the console for us, never to the screen.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A screen failed to render', error, info.componentStack);
  }

  private readonly handleReset = () => {
    this.setState({ failed: false });
    this.props.onReset();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="screen-failure">
        <div className="notice notice--error" role="alert">
          <span className="notice__text">
            This screen ran into a problem and was closed. Your drafts are safe in the library, as of their last save.
          </span>
          <button type="button" className="button" onClick={this.handleReset}>
            Back to the library
          </button>
        </div>
      </main>
    );
  }
}
