import type { FormInstance } from 'antd';
import { useState } from 'react';
import { placeErrors, type FieldPath } from '../fieldErrors';

/** A form's refusals: field errors at their fields, anything else for the <Problem> above the form. */
export function useFieldErrors(form: FormInstance, onForm: (path: FieldPath) => boolean) {
  const [problem, setProblem] = useState<unknown>();
  const show = (error: unknown) => {
    const placed = placeErrors(error, onForm);
    form.setFields(placed.fields);
    setProblem(placed.rest);
  };
  return { problem, show, clear: () => setProblem(undefined) };
}
