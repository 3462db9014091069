import type { z } from 'zod';

/** One IPC channel: what it takes and what it gives, both checked at run time. */
export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  summary: string;
};

/** Declares a channel; keeps the schemas' own types for `z.infer`. */
export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): ChannelSpec<I, O> {
  return { input, output, summary };
}
