import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** What to show instead of a blank window when rendering failed; gets a reset function. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a rendering bug from leaving an empty window: shows the fallback and lets the person start over. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Gateway Doctor: a screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}
