// Which columns a dbt model copies under their own name, read from its SQL (src/sources/dbt/lineage.ts).
import { describe, expect, it } from 'vitest';
import { columnFlow, copiesColumn } from '../../../src/sources/dbt/lineage.js';

const copies = (sql: string, name: string): boolean => copiesColumn(columnFlow(sql), name);

describe('columnFlow', () => {
  it('follows plain and qualified references and `*` through CTEs', () => {
    const sql = `with c as (select * from "db"."main"."stg_customers"),
      final as (select c.customer_id, c.email, "c"."Handle" from c)
      select * from final`;
    expect(copies(sql, 'email')).toBe(true);
    expect(copies(sql, 'handle')).toBe(true);
  });

  it('does not follow a rename: only the same name is inherited', () => {
    const flow = columnFlow('select email as contact, id as customer_id from users');
    expect(flow.star).toBe(false);
    expect(copiesColumn(flow, 'contact')).toBe(false);
    expect(copiesColumn(flow, 'customer_id')).toBe(false);
  });

  it('stops at counting aggregates, even when another select list reads `*`', () => {
    const sql = `with agg as (select signup_channel, count(distinct handle) as handle, sum(amount) amount from t group by signup_channel)
      select * from agg`;
    expect(copies(sql, 'handle')).toBe(false);
    expect(copies(sql, 'amount')).toBe(false);
    // A group key keeps its values: one row per key still shows each key.
    expect(copies(sql, 'signup_channel')).toBe(true);
  });

  it('keeps aggregates and functions that return a value of the column', () => {
    expect(copies('select max(email) as email from t group by customer_id', 'email')).toBe(true);
    expect(copies("select coalesce(c.phone, '') as phone from c", 'phone')).toBe(true);
    expect(copies('select lower(email) as email from t', 'email')).toBe(false);
  });

  it('ignores comments, string literals and Jinja in uncompiled SQL', () => {
    const sql = `-- select email from x
      select id, /* email, */ 'email' as kind, name from {{ ref('stg_customers') }} {% if true %} where 1 = 1 {% endif %}`;
    const flow = columnFlow(sql);
    expect(copiesColumn(flow, 'email')).toBe(false);
    expect(copiesColumn(flow, 'name')).toBe(true);
    expect(copiesColumn(flow, 'kind')).toBe(false);
  });

  it('reads a subquery select list and stops each list at its FROM', () => {
    const flow = columnFlow('select o.id, (select count(e.id) from e where e.customer_id = o.id) as orders, o.status from orders o where o.email is not null');
    expect(copiesColumn(flow, 'id')).toBe(true);
    expect(copiesColumn(flow, 'status')).toBe(true);
    // Counted inside the subquery; the WHERE clause selects nothing.
    expect(copiesColumn(flow, 'orders')).toBe(false);
    expect(copiesColumn(flow, 'email')).toBe(false);
  });
});
