/** One option: a plain value shown as is, or [value, text]. */
export type Option = string | readonly [string, string];

/**
 * A labelled `<select>` for GET filter forms and plain server forms (react-hook-form forms use
 * `Select` in FormControls.tsx). `empty` adds a first option with value "" (e.g. 全部、不限).
 */
export function SelectField({
  id,
  name,
  label,
  options,
  defaultValue,
  empty,
  className = 'w-full rounded border border-slate-400 bg-white px-2 py-1.5',
}: {
  id: string;
  name: string;
  label: string;
  options: readonly Option[];
  defaultValue?: string;
  empty?: string;
  className?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className={className}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => {
          const [value, text] = typeof o === 'string' ? [o, o] : o;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
    </div>
  );
}
