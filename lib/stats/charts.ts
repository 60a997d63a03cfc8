import 'server-only';
import * as echarts from 'echarts';
import { formatRate } from './definitions';
import type { StatsRow } from './queries';

/** The fonts the e2e machine has (文泉驿微米黑) first, then what Windows and macOS offer. */
export const CHART_FONT = "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";
const COLORS = ['#1d4ed8', '#059669', '#d97706', '#9333ea'];

/** Renders an ECharts option to an SVG string on the server; the page ships no chart script. */
function render(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: CHART_FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Bars by region: 招募人数, 新增见习人数 and 在岗见习人数 side by side. */
export function regionBars(rows: StatsRow[]): string {
  return render(
    {
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 64 },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '招募人数', type: 'bar', data: rows.map((r) => r.counts.places) },
        { name: '新增见习人数', type: 'bar', data: rows.map((r) => r.counts.started) },
        { name: '在岗见习人数', type: 'bar', data: rows.map((r) => r.counts.onDuty) },
      ],
    },
    720,
    340,
  );
}

/** The monthly trend: 发布岗位数, 新增见习人数 and 在岗见习人数 per month. */
export function monthlyTrend(rows: StatsRow[]): string {
  return render(
    {
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: rows.map((r) => r.key), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '发布岗位数', type: 'line', data: rows.map((r) => r.counts.positions) },
        { name: '新增见习人数', type: 'line', data: rows.map((r) => r.counts.started) },
        { name: '在岗见习人数', type: 'line', data: rows.map((r) => r.counts.onDuty) },
      ],
    },
    720,
    320,
  );
}

/** 留用率 as a gauge of the whole view (no value when nobody finished in the period). */
export function retentionGauge(rate: number | null): string {
  return render(
    {
      series: [
        {
          type: 'gauge',
          min: 0,
          max: 100,
          progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } },
          axisLabel: { distance: 20, fontSize: 11 },
          detail: { valueAnimation: false, formatter: () => formatRate(rate), fontSize: 24, offsetCenter: [0, '60%'] },
          title: { offsetCenter: [0, '90%'] },
          data: [{ value: rate ?? 0, name: '留用率' }],
        },
      ],
    },
    320,
    280,
  );
}
