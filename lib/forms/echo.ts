/** Reading back what a refused form held (see ActionState.submitted), with the page's own default otherwise. */
export function echoed(state: { status: string; submitted?: Record<string, string[]> }, name: string, fallback: string | number | null | undefined): string {
  if (state.status === 'error' && state.submitted) return state.submitted[name]?.[0] ?? '';
  return fallback === null || fallback === undefined ? '' : String(fallback);
}

export function echoedChecked(state: { status: string; submitted?: Record<string, string[]> }, name: string, fallback: boolean, value = 'on'): boolean {
  if (state.status === 'error' && state.submitted) return (state.submitted[name] ?? []).includes(value);
  return fallback;
}
