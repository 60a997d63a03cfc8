import { formatYuan } from './money';

export type JobPostingSource = {
  code: string;
  title: string;
  duties: string;
  requirements: string;
  unitName: string;
  cityName: string;
  countyName: string;
  address: string;
  publishedAt: string | null;
  deadline: string;
  allowanceFen: number;
  headcount: number;
  education: string;
  months: number;
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** schema.org reads `description` as HTML: a unit's text goes in as text, its line breaks as <br>. */
const asHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/\r?\n/g, '<br>');

/** schema.org JobPosting for a position page (an internship: employmentType INTERN). */
export function jobPosting(p: JobPostingSource, siteUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: p.title,
    description: `<p>岗位职责：${asHtml(p.duties)}</p><p>任职要求：${asHtml(p.requirements)}</p><p>学历要求：${asHtml(p.education)}；见习期限：${p.months}个月；见习人数：${p.headcount}人。</p>`,
    identifier: { '@type': 'PropertyValue', name: '岗位编号', value: p.code },
    datePosted: (p.publishedAt ?? '').slice(0, 10),
    validThrough: `${p.deadline}T23:59:59+08:00`,
    employmentType: 'INTERN',
    hiringOrganization: { '@type': 'Organization', name: p.unitName },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: p.address,
        addressLocality: p.countyName,
        addressRegion: `山西省${p.cityName}`,
        addressCountry: 'CN',
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'CNY',
      value: { '@type': 'QuantitativeValue', value: Number(formatYuan(p.allowanceFen)), unitText: 'MONTH' },
    },
    totalJobOpenings: p.headcount,
    url: `${siteUrl.replace(/\/$/, '')}/jobs/p/${p.code}`,
  };
}

/** JSON for a <script> element: `<` escaped so that no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
