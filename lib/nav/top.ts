/** Menu names are quoted from the province's manual. The top menu stays apart: the browser's TopNav reads it. */
export type MenuItem = { href: string; label: string; description?: string };

export const TOP_MENU: MenuItem[] = [
  { href: '/', label: '首页' },
  { href: '/person', label: '个人办事' },
  { href: '/unit', label: '法人办事' },
  { href: '/public', label: '公共就业' },
  { href: '/center', label: '个人中心' },
];
