'use client';

import { useEffect, useRef, useState } from 'react';
import type { RegionTree } from '@/lib/regions/queries';
import { inputClass } from './Field';

/**
 * 市 → 市本级 or 县区. Submits one field (`name`) with the chosen code; choosing another city
 * clears the county. With `withCityBureau` false (e.g. 工作地点) only real counties are offered.
 */
export function RegionPicker({
  tree,
  name,
  label,
  defaultValue,
  error,
  withCityBureau = true,
  onChange,
}: {
  tree: RegionTree;
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  withCityBureau?: boolean;
  onChange?: (code: string) => void;
}) {
  const [city, setCity] = useState(defaultValue?.slice(0, 4) ?? '');
  const [county, setCounty] = useState(defaultValue && defaultValue.length === 6 ? defaultValue : '');
  const cityRef = useRef<HTMLSelectElement>(null);
  // A 市 chosen before the page's script ran is in the DOM but not in state (React keeps the DOM value
  // on hydration and fires no change): take it over once, or 县区 would stay disabled.
  useEffect(() => {
    const chosen = cityRef.current?.value ?? '';
    if (chosen === city) return;
    setCity(chosen);
    setCounty('');
    onChange?.('');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on hydration
  }, []);
  const counties = (tree.find((c) => c.code === city)?.counties ?? []).filter((c) => withCityBureau || !c.code.endsWith('00'));
  const errId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errId : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800 after:ml-0.5 after:text-red-700 after:content-['*']">{label}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor={`${name}-city`} className="sr-only">
            {label}：市
          </label>
          <select
            ref={cityRef}
            id={`${name}-city`}
            value={city}
            aria-invalid={error ? true : undefined}
            className={inputClass(error)}
            onChange={(e) => {
              setCity(e.target.value);
              setCounty('');
              onChange?.('');
            }}
          >
            <option value="">请选择市</option>
            {tree.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${name}-county`} className="sr-only">
            {label}：{withCityBureau ? '市本级或县区' : '县区'}
          </label>
          <select
            id={`${name}-county`}
            value={county}
            disabled={!city}
            aria-invalid={error ? true : undefined}
            className={inputClass(error)}
            onChange={(e) => {
              setCounty(e.target.value);
              onChange?.(e.target.value);
            }}
          >
            <option value="">{withCityBureau ? '请选择市本级或县区' : '请选择县区'}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <input type="hidden" name={name} value={county} />
      {error && (
        <p id={errId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
