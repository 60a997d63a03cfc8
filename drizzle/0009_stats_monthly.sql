CREATE MATERIALIZED VIEW "public"."stats_monthly" AS (
  with u as (select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc),
  p as (
    select p.id, p.unit_id, p.category, p.headcount, p.published_at, u.region_code, u.unit_type, u.industry, u.decided_at
    from positions p join u on u.unit_id = p.unit_id
    where p.published_at is not null),
  i as (
    select i.start_date, case when i.status <> 'active' and i.status_date is not null then i.status_date else i.end_date end as eff_end,
           i.status, p.category, u.region_code, u.unit_type, u.industry
    from internships i join u on u.unit_id = i.unit_id join positions p on p.id = i.position_id),
  f (region_code, unit_type, industry, category, month, k, n) as (
    select region_code, unit_type, industry, '', to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'units', 1::bigint from u
    union all
    select region_code, unit_type, industry, category, to_char(greatest(decided_at, min(published_at)) at time zone 'Asia/Shanghai', 'YYYY-MM'), 'unit_cats', 1
    from p group by unit_id, category, decided_at, region_code, unit_type, industry
    union all
    select region_code, unit_type, industry, category, to_char(published_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'positions', headcount from p
    union all
    select region_code, unit_type, industry, category, to_char(start_date, 'YYYY-MM'), 'started', 1 from i
    union all
    select region_code, unit_type, industry, category, x.month, x.k, 1 from i
    cross join lateral (values (to_char(start_date, 'YYYY-MM'), 'on_in'), (to_char(eff_end + 1, 'YYYY-MM'), 'on_out')) x (month, k)
    where to_char(eff_end + 1, 'YYYY-MM') > to_char(start_date, 'YYYY-MM')
    union all
    select region_code, unit_type, industry, category, to_char(eff_end, 'YYYY-MM'), status, 1 from i where status in ('completed', 'ended_early', 'retained')
    union all
    select sf.region_code, u.unit_type, u.industry, sp.category, l.month, 'subsidy', l.amount_fen
    from subsidy_claim_lines l
    join subsidy_claims c on c.filing_id = l.filing_id
    join filings sf on sf.id = l.filing_id
    join subsidy_claim_persons cp on cp.filing_id = l.filing_id and cp.person_id = l.person_id
    join internships si on si.id = cp.internship_id
    join positions sp on sp.id = si.position_id
    left join u on u.unit_id = sf.unit_id
    where c.stage in ('city_approved', 'published', 'paid'))
  select region_code, unit_type, industry, category, month,
    count(*) filter (where k = 'units')::int as units,
    count(*) filter (where k = 'unit_cats')::int as unit_cats,
    count(*) filter (where k = 'on_in')::int as on_duty_in,
    count(*) filter (where k = 'on_out')::int as on_duty_out,
    count(*) filter (where k = 'positions')::int as positions,
    coalesce(sum(n) filter (where k = 'positions'), 0)::int as places,
    count(*) filter (where k = 'started')::int as started,
    count(*) filter (where k = 'completed')::int as completed,
    count(*) filter (where k = 'ended_early')::int as ended_early,
    count(*) filter (where k = 'retained')::int as retained,
    count(*) filter (where k = 'subsidy')::int as subsidy_months,
    coalesce(sum(n) filter (where k = 'subsidy'), 0)::bigint as subsidy_fen
  from f
  group by region_code, unit_type, industry, category, month);