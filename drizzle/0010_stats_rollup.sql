CREATE MATERIALIZED VIEW "public"."stats_rollup" AS (
  select r.region_key,
    case when grouping(m.category) = 0 then 'category' when grouping(m.unit_type) = 0 then 'unitType' when grouping(m.industry) = 0 then 'industry' else '' end as dim,
    coalesce(m.category, m.unit_type, m.industry, '') as key, m.month,
    (case when grouping(m.category) = 0 then sum(m.unit_cats) else sum(m.units) end)::int as units,
    sum(m.on_duty_in)::int as on_duty_in, sum(m.on_duty_out)::int as on_duty_out, sum(m.positions)::int as positions, sum(m.places)::int as places,
    sum(m.started)::int as started, sum(m.completed)::int as completed, sum(m.ended_early)::int as ended_early, sum(m.retained)::int as retained,
    sum(m.subsidy_months)::int as subsidy_months, sum(m.subsidy_fen)::bigint as subsidy_fen
  from stats_monthly m
  cross join lateral (values (left(m.region_code, 2)), (left(m.region_code, 4)), (m.region_code)) r (region_key)
  group by r.region_key, m.month, grouping sets ((), (m.category), (m.unit_type), (m.industry)));