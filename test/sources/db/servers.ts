// Test helper: the database servers the integration tests need. Locally a missing server skips
// its tests; under CI=true a missing server is a failure that says how to start one.
import { it } from 'vitest';
import type { Dataset, OpenedSource, Row } from '../../../src/model/index.js';

export type ServerVariable = 'DATAMIN_TEST_POSTGRES_URL' | 'DATAMIN_TEST_MYSQL_URL' | 'DATAMIN_TEST_CLICKHOUSE_URL';

/** The server URL, or undefined after registering a failing test when CI requires it. */
export function requireServer(variable: ServerVariable, server: string): string | undefined {
  const url = process.env[variable];
  if (!url && process.env.CI === 'true') {
    it(`has a ${server} server to test against`, () => {
      throw new Error(`${variable} is not set: CI must provide a ${server} server (source scripts/ci-databases.sh and run datamin_start_databases)`);
    });
  }
  return url === '' ? undefined : url;
}

/** The URL with extra query parameters. */
export function withParams(url: string, params: Record<string, string>): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(params)) parsed.searchParams.set(key, value);
  return parsed.href;
}

export async function readSample(dataset: Dataset): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of dataset.batches!({ warn: () => undefined })) rows.push(...batch);
  return rows;
}

export function datasetNamed(opened: OpenedSource, name: string): Dataset {
  const dataset = opened.datasets.find((d) => d.name === name);
  if (!dataset) throw new Error(`no dataset ${name} in ${opened.datasets.map((d) => d.name).join(', ')}`);
  return dataset;
}

/** Days since 1970-01-01 of an ISO date. */
export const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
