/**
 * What a seed run writes, from its command line: reference data always; demo data (accounts with the
 * password printed in the README, units, positions) only when asked for with `--demo` (the bench
 * data set, `--bench`, implies it), and never into a production database unless `--force` says so.
 */
export function seedPlan(argv: string[], nodeEnv: string | undefined): { demo: boolean; bench: boolean } | { refused: string } {
  const bench = argv.includes('--bench');
  const demo = bench || argv.includes('--demo');
  if (demo && nodeEnv === 'production' && !argv.includes('--force'))
    return { refused: '拒绝写入演示数据：NODE_ENV=production。演示账号的口令公开写在 README 中，不能进入生产数据库；确需写入请加 --force。' };
  return { demo, bench };
}
