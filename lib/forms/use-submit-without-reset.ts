'use client';

import { startTransition, type FormEvent } from 'react';

/**
 * React resets a form after its action runs, and a native reset puts a <select> back on its
 * first option even when React controls it. Submitting through the action's dispatch instead
 * keeps every field as the person left it; without JavaScript the form still posts normally.
 */
export function useSubmitWithoutReset(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
