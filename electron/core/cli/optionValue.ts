import type { CliArgs } from './cliCommand';
import { UsageError } from './usageError';

/** A string option's value, or undefined when it was not given. */
export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean flag was given. */
export function flagOption(args: CliArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A whole-number option within bounds, or the fallback when it was not given. */
export function integerOption(args: CliArgs, name: string, fallback: number, min: number, max: number): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${text.slice(0, 40)}")`);
  }
  return value;
}

/** One of a fixed set of words, or the fallback when not given. */
export function choiceOption<T extends string>(args: CliArgs, name: string, choices: readonly T[], fallback: T): T;
export function choiceOption<T extends string>(args: CliArgs, name: string, choices: readonly T[]): T | undefined;
export function choiceOption<T extends string>(args: CliArgs, name: string, choices: readonly T[], fallback?: T): T | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const choice = choices.find((candidate) => candidate === text);
  if (choice === undefined) throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${text.slice(0, 40)}")`);
  return choice;
}
