// The raw personal values of the bundled examples, read straight from the files: what no
// output may contain unless --show-values is given.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export function rawValues(): string[] {
  const values = new Set<string>();
  const csvColumns: Record<string, string[]> = {
    'customers.csv': ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'street', 'iban', 'signup_ip'],
    'app-users.csv': ['username', 'password', 'password_hash', 'api_token', 'last_login_ip', 'device_id', 'latitude'],
  };
  for (const [file, columns] of Object.entries(csvColumns)) {
    const [header, ...rows] = readFileSync(path.join(root, 'examples', file), 'utf8').trim().split('\n');
    const names = header.split(',');
    for (const row of rows.slice(0, 40)) {
      const cells = row.split(',');
      for (const c of columns) values.add(cells[names.indexOf(c)]);
    }
  }
  for (const line of readFileSync(path.join(root, 'examples/orders.ndjson'), 'utf8').trim().split('\n').slice(0, 40)) {
    const order = JSON.parse(line) as { customer: { email: string }; payment: { card_number: string }; client_ip: string };
    values.add(order.customer.email).add(order.payment.card_number).add(order.client_ip);
  }
  // Short values (a 3-digit CVV, a first name like "Liam") also occur inside unrelated text.
  return [...values].filter((v) => v.length >= 6);
}
