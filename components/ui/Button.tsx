import type { ButtonHTMLAttributes } from 'react';

const VARIANT = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  approve: 'bg-green-700 text-white hover:bg-green-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  secondary: 'border border-slate-400 bg-white text-slate-800 hover:bg-slate-50',
} as const;

const SIZE = {
  sm: 'px-3 py-1.5 text-sm',
  md: 'px-4 py-2',
  lg: 'px-8 py-2.5 font-semibold',
} as const;

/** The portal's button: one place for its colours (contrast ≥ 4.5:1 on white text), sizes and the disabled look. */
export function buttonClass({
  variant = 'primary',
  size = 'md',
  className = '',
}: { variant?: keyof typeof VARIANT; size?: keyof typeof SIZE; className?: string } = {}): string {
  return `rounded ${VARIANT[variant]} ${SIZE[size]} disabled:cursor-not-allowed disabled:opacity-60 ${className}`.trim();
}

export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANT; size?: keyof typeof SIZE }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
