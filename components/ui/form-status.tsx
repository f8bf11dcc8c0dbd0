import { Alert } from './alert';

/** The outcome of a server action above its form: saved, or what went wrong. */
export function FormStatus({ state, savedTitle, errorTitle }: { state: { status: string; message?: string }; savedTitle: string; errorTitle: string }) {
  if (state.status === 'error') return <Alert tone="error" title={errorTitle}>{state.message}</Alert>;
  if (state.status === 'saved') return <Alert tone="success" title={savedTitle} />;
  return null;
}
